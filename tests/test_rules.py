"""Every rule in rules/*.yaml matches its `match` examples and none of its `no_match` ones."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.rules import Classifier, load_rules
from bot.rules.lemmas import load_table, phrase_words, table_path
from bot.rules.matching import find_hits
from bot.rules.ruleset import DEFAULT_RULES_DIR, Rule

CLASSIFIER = Classifier()
RULES = CLASSIFIER.ruleset.rules


def _hit(rule: Rule, text: str) -> bool:
    zone = "own" if "body" in rule.zones else "subject"
    lang = next((code for code in rule.langs if code != "any"), None)
    phrases = CLASSIFIER._phrase_index(lang).find if lang and rule.phrases else None
    return any(h.rule.name == rule.name for h in find_hits(text, zone, (rule,), phrases))


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples(rule: Rule) -> None:
    missed = [text for text in rule.examples_match if not _hit(rule, text)]
    wrong = [text for text in rule.examples_no_match if _hit(rule, text)]
    assert not missed, f"{rule.source}: {rule.name} should match: {missed}"
    assert not wrong, f"{rule.source}: {rule.name} should not match: {wrong}"


def test_every_request_category_has_rules_in_core_languages() -> None:
    for category in ("access", "correction", "deletion", "portability", "restriction",
                     "objection", "withdraw_consent", "complaint"):
        langs = {code for r in RULES if r.category == category for code in r.langs}
        assert {"en", "nl", "fr", "de"} <= langs | {"any"} or "any" in langs, category
        assert {"en", "nl", "fr", "de"} <= langs, f"{category}: {sorted(langs)}"


def test_committed_lemma_tables_are_current() -> None:
    for lang in sorted(CLASSIFIER.ruleset.languages()):
        words = phrase_words(CLASSIFIER.ruleset.for_language(lang))
        if not words:
            continue
        path = table_path(DEFAULT_RULES_DIR, lang)
        if not path.exists():
            load_table(DEFAULT_RULES_DIR, lang, words)  # write it, then insist on it
        stored = path.read_text(encoding="utf-8")
        assert all(f'"{w}"' in stored for w in words), f"{path}: stale, delete it and rerun"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("category: deletion\nrules: []\n", "non-empty list"),
        ("category: nonsense\nrules: []\n", "unknown category"),
        ("category: deletion\nrules:\n  - name: Bad Name\n", "kebab-case"),
        ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: ['(']\n"
         "    examples: {match: [a], no_match: []}\n", "patterns 1 does not compile"),
        ("category: deletion\nrules:\n  - name: x\n    lang: zz\n    patterns: [a]\n"
         "    examples: {match: [a], no_match: []}\n", "'lang'"),
        ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: [a]\n", "'examples'"),
        ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patern: [a]\n"
         "    examples: {match: [a]}\n", "unknown key"),
        ("category: [oops\n", "cannot read"),
        # YAML keeps the last of two equal keys: a second `unless:` would silently drop the first
        ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: [a]\n    unless: [b]\n    unless: [c]\n"
         "    examples: {match: [a]}\n", "key 'unless' given twice"),
        ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: [a]\n    reminder: true\n"
         "    examples: {match: [a]}\n", "only complaint rules are reminders"),
    ],
)
def test_bad_rules_file_gives_one_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "deletion.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    text = str(info.value)
    assert message in text and "\n" not in text and "deletion.yaml" in text


RULE_WITH_UNLESS = ("category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: ['\\bdelete my data']\n"
                    "    unless: [{unless}]\n    examples: {{match: [please delete my data], no_match: []}}\n")


def test_a_shared_pattern_is_written_once_and_used_by_name(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text("shared:\n  not_now: '\\bnot (yet|now)\\b'\n", encoding="utf-8")
    (tmp_path / "deletion.yaml").write_text(RULE_WITH_UNLESS.format(unless="{shared: not_now}"), encoding="utf-8")
    classifier = Classifier(tmp_path, sets=[])
    assert [p.pattern for p in classifier.ruleset.rules[0].unless] == [r"\bnot (yet|now)\b"]
    assert classifier.classify_text("", "Please delete my data.").category.value == "deletion"
    assert classifier.classify_text("", "Delete my data, but not yet.").category.value == "other"


def test_a_together_group_may_name_a_shared_pattern(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text("shared:\n  mine: '\\b(my|mine)\\b'\n", encoding="utf-8")
    (tmp_path / "deletion.yaml").write_text(
        "category: deletion\nrules:\n  - name: x\n    lang: en\n    together: [['\\bdelete\\b', {shared: mine}]]\n"
        "    examples: {match: [delete my data], no_match: [delete the order]}\n", encoding="utf-8")
    classifier = Classifier(tmp_path, sets=[])
    assert classifier.classify_text("", "Please delete my data.").category.value == "deletion"
    assert classifier.classify_text("", "Please delete the blue lamp.").category.value == "other"


def test_a_shared_word_list_is_embedded_where_a_pattern_names_it(tmp_path: Path) -> None:
    (tmp_path / "shared.yaml").write_text(
        "shared:\n  mine: '\\b(my|mine)\\b'\nwords:\n  stuff: 'data|détails'\n"
        "  later: 'not yet|not now'\n", encoding="utf-8")
    (tmp_path / "deletion.yaml").write_text(
        "category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: ['\\bdelete my ({{stuff}})\\b']\n"
        "    unless: ['\\b({{later}})\\b']\n"
        "    examples: {match: [delete my details], no_match: [delete my order]}\n", encoding="utf-8")
    classifier = Classifier(tmp_path, sets=[])
    rule = classifier.ruleset.rules[0]
    assert rule.patterns[0].pattern == r"\bdelete my ((?:data|details))\b"  # folded like every pattern
    assert rule.unless[0].pattern == r"\b((?:not yet|not now))\b"
    assert classifier.classify_text("", "Please delete my data.").category.value == "deletion"
    assert classifier.classify_text("", "Please delete my détails.").category.value == "deletion"
    assert classifier.classify_text("", "Delete my data, but not yet.").category.value == "other"
    assert classifier.classify_text("", "Please delete my order.").category.value == "other"


@pytest.mark.parametrize(("words", "pattern", "message"), [
    ("words:\n  stuff: 'data'\n", "'\\b({{stof}})'", "{{stof}} names no word list of shared.yaml (known: stuff)"),
    ("", "'\\b({{stuff}})'", "(known: none)"),
    ("words:\n  stuff: '('\n", "'a'", "words 'stuff': list 1 does not compile"),
    ("words:\n  stuff: 'a|{{more}}'\n  more: 'b'\n", "'a'", "names no other list"),
    ("words:\n  Stuff: 'a'\n", "'a'", "snake_case name"),
    ("words: [a]\n", "'a'", "optional 'words'"),
])
def test_a_bad_shared_word_list_gives_one_line(tmp_path: Path, words: str, pattern: str, message: str) -> None:
    (tmp_path / "shared.yaml").write_text("shared:\n  mine: 'my'\n" + words, encoding="utf-8")
    (tmp_path / "deletion.yaml").write_text(
        f"category: deletion\nrules:\n  - name: x\n    lang: en\n    patterns: [{pattern}]\n"
        "    examples: {match: [a], no_match: []}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    assert message in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(("shared", "unless", "message"), [
    ("shared:\n  not_now: 'x'\n", "{shared: nope}", "names no pattern of shared.yaml (known: not_now)"),
    (None, "{shared: not_now}", "(known: none)"),
    ("shared:\n  not_now: 'x'\n", "{shared: not_now, also: 1}", "names no pattern"),
    ("shared:\n  not_now: 'x'\n", "3", "expected a pattern or {shared: NAME}"),
    ("shared:\n  Not-Now: 'x'\n", "'x'", "snake_case name"),
    ("shared:\n  not_now: '('\n", "'x'", "shared 'not_now': pattern 1 does not compile"),
    ("rules: []\n", "'x'", "expected a mapping with key 'shared'"),
])
def test_a_bad_shared_pattern_gives_one_line(tmp_path: Path, shared: str | None, unless: str, message: str) -> None:
    if shared is not None:
        (tmp_path / "shared.yaml").write_text(shared, encoding="utf-8")
    (tmp_path / "deletion.yaml").write_text(RULE_WITH_UNLESS.format(unless=unless), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rules(tmp_path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_the_shipped_shared_patterns_are_each_used() -> None:
    import yaml

    from bot.rules.ruleset import DEFAULT_RULES_DIR

    names = yaml.safe_load((DEFAULT_RULES_DIR / "shared.yaml").read_text(encoding="utf-8"))["shared"]
    texts = "".join(p.read_text(encoding="utf-8") for p in sorted(DEFAULT_RULES_DIR.glob("*.yaml")) if p.name != "shared.yaml")
    assert names
    for name in names:
        assert f"{{shared: {name}}}" in texts, f"shared pattern {name} is used by no rule"


def test_the_shipped_shared_word_lists_are_each_used() -> None:
    import yaml

    from bot.rules.ruleset import DEFAULT_RULES_DIR

    names = yaml.safe_load((DEFAULT_RULES_DIR / "shared.yaml").read_text(encoding="utf-8")).get("words", {})
    texts = "".join(p.read_text(encoding="utf-8") for p in sorted(DEFAULT_RULES_DIR.glob("*.yaml")))
    for name in names:
        assert texts.count(f"{{{{{name}}}}}") >= 2, f"word list {name} is embedded in fewer than two patterns"


def test_check_accepts_the_shipped_rules() -> None:
    CLASSIFIER.check()


def test_equal_evidence_goes_to_the_request_asked_first(tmp_path: Path) -> None:
    from bot.rules import Classifier

    for category, word in (("access", "copy"), ("deletion", "erase")):
        (tmp_path / f"{category}.yaml").write_text(
            f"category: {category}\nrules:\n  - name: {category}-x\n    lang: any\n    weight: 2.0\n"
            f"    patterns: ['\\b{word}\\b']\n"
            f"    examples: {{match: ['{word} it'], no_match: ['nothing']}}\n", encoding="utf-8")
    classifier = Classifier(tmp_path, sets=[])  # the rules alone
    first = classifier.classify_text("", "Please erase my account. Also send a copy first.")
    assert [c.value for c in first.categories] == ["deletion", "access"]
    second = classifier.classify_text("", "Please send a copy. Then erase my account.")
    assert [c.value for c in second.categories] == ["access", "deletion"]


@functools.cache
def _example_matches() -> tuple[list[str], list[frozenset[str]], list[tuple[re.Pattern[str], list[int]]]]:
    """Every rule example, folded, with its `pieces`, and each distinct rule pattern with
    the examples it finds something in: the costly pass (every pattern against every
    example) that the two literal tests below share."""
    from bot.rules.matching import pieces
    from bot.rules.reading import fold

    texts = [fold(t) for rule in RULES for t in (*rule.examples_match, *rule.examples_no_match)]
    patterns = {(p.pattern, p.flags): p for rule in RULES
                for p in (*rule.patterns, *(q for g in rule.together for q in g))}
    matches = [(p, [i for i, text in enumerate(texts) if p.search(text)]) for p in patterns.values()]
    return texts, [pieces(text) for text in texts], matches


def test_literal_prefilter_never_hides_a_match() -> None:
    """The prefilter skips a pattern only when it cannot match: over every example of
    every rule, a pattern that finds something is never filtered out."""
    from bot.rules.matching import may_match, required_literals

    texts, grams, matches = _example_matches()
    assert sum(1 for p, _ in matches if required_literals(p)) > len(matches) // 2  # it does filter
    for pattern, found in matches:
        for i in found:
            assert may_match(pattern, grams[i]), (pattern.pattern, texts[i])
    assert sum(len(found) for _, found in matches) > 1000


def test_matches_found_from_literals_are_finditers() -> None:
    """Gate.starts looks for a pattern only where its literals occur (and, given the
    text's pieces, only for the literals whose head is among them): over
    every example of every rule, it finds the same match starts as finditer, and
    Gate.within answers as search does on the whole text and on its later part."""
    from bot.rules.matching import Gate

    texts, grams, matches = _example_matches()
    checked = 0
    for pattern, found in matches:
        gate = Gate.of(pattern)
        for i in found:  # Gate only ever reports what pattern.match confirms
            text = texts[i]
            checked += 1
            expected = [m.start() for m in gate.pattern.finditer(text)]
            assert list(gate.starts(text)) == expected, (gate.pattern.pattern, text)
            assert list(gate.starts(text, grams[i])) == expected, (gate.pattern.pattern, text)
            third = len(text) // 3
            assert gate.within(text, 0, len(text)) and gate.within(text, 0, len(text), grams[i])
            later = gate.pattern.search(text, third, len(text)) is not None
            assert gate.within(text, third, len(text)) == later == gate.within(text, third, len(text), grams[i])
    assert checked > 1000


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\b(datenauskunft|auskunft nach)", ("auskunft nach", "datenauskunft")),
    (r"\bfoo|bar\w*", ("bar", "foo")),
    (r"(\bart[a-z]*\.?|\bcl\.)\s*15", ("art", "cl.")),  # "art15" begins with "art": that says enough
    (r"\b(ab|b)c", ("abc", "bc")),         # a one-letter start is read on into what follows
    (r"\bi (hereby )?object", ("i hereby object", "i object")),  # with and without the option
    (r"(?i)\bdata", None),               # case-insensitive: literals do not hold
    (r"(x)?yzw", ("xyzw", "yzw")),
    (r"(die )?nachricht\b", ("die nachricht", "nachricht")),
    (r"\b(que|q) datos\b", ("q datos", "que datos")),
    (r"\b(send|give)(ing)? me", ("give", "send")),  # four letters gate well: not read into a group
    (r"\b(send|e-?mail) me", ("e-mail me", "email me", "send me")),  # letters are read to their end
    (r"\b(wniosk\w*|zadani\w*) o dostep", ("wniosk", "zadani")),  # "wniosku o": the letters after are unknown
    (r"\bd.?ou", None),                  # "d" then any letter: too short to help
    (r"\b(a|b|c)(d|e)f", None),          # the parser makes (a|b|c) a class of letters: unknown
])
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    import re

    from bot.rules.matching import required_literals

    assert required_literals(re.compile(pattern)) == literals


def test_sentences_end_where_people_end_them() -> None:
    from bot.rules.reading import sentence_starts

    text = ("Send it as a file, e.g. CSV or JSON, z.B. PDF. Art. 15 GDPR applies. Thanks! why so slow? "
            "ok np. Excel też")
    pieces = [text[a:b].strip() for a, b in zip(sentence_starts(text), [*sentence_starts(text)[1:], len(text)])]
    assert pieces == ["Send it as a file, e.g. CSV or JSON, z.B. PDF.", "Art. 15 GDPR applies.", "Thanks!",
                      "why so slow?", "ok np. Excel też"]
    legal = "Ich verlange Auskunft gem. Art. 15 Abs. 1 lit. B DSGVO. Termenul de la art. 12 alin. (3) a expirat."
    assert sentence_starts(legal) == [0, legal.index("Termenul")]
    titles = ("Σχετικά με την αρ. Παραγγελίας 4471 και τον κ. Παπαδόπουλο. Διαγράψτε τα. "
              "Narudžba br. Ab-12 na ul. Ilica. Fr. Müller, Tel. 0470. Sr. García Z.")
    assert sentence_starts(titles) == [0, titles.index("Διαγράψτε"), titles.index("Narudžba"), titles.index("Fr. M"),
                                      titles.index("Sr.")]


def test_two_letter_literals_gate_the_search_not_the_index() -> None:
    """A pattern that starts with "my" or "ne" is looked for where those letters are
    (str.find), but the index of pieces cannot hold two letters: it is always a candidate."""
    import re

    from bot.rules.matching import Gate, may_match, pieces

    short = Gate.of(re.compile(r"\b(my|ne)\b"))
    assert short.literals == ("my", "ne") and short.heads is None
    assert Gate.of(re.compile(r"\b(mijn|mes) (data|donnees)\b")).heads == {"mijn ", "mes "}
    assert may_match(short.pattern, pieces("xx ne yy"))
    assert list(short.starts("oh my data, ne donnees pas")) == [3, 12]


def test_literal_cache_round_trip_and_bad_files(tmp_path: Path) -> None:
    """The literal heads saved between runs are the ones read from the patterns, and a
    damaged cache file is ignored rather than trusted."""
    import re

    from bot.rules import matching

    pattern = re.compile(r"\b(cachetest-datenauskunft|cachetest-auskunft nach)")
    expected = ("cachetest-auskunft nach", "cachetest-datenauskunft")
    key = matching._key(pattern)
    path = tmp_path / "cache" / "literals.json"
    assert matching.required_literals(pattern) == expected
    matching.save_literals(path, {key})
    assert json.loads(path.read_text(encoding="utf-8")) == {key: list(expected)}
    matching._LITERALS.pop(key)
    matching.load_literals(path)
    assert matching.required_literals(pattern) == expected
    for bad in ("{not json", '["a list"]', json.dumps({key: ["a"]}), json.dumps({key: "x"})):
        matching._LITERALS.pop(key, None)
        path.write_text(bad, encoding="utf-8")
        matching.load_literals(path)
        assert key not in matching._LITERALS
    assert matching.required_literals(pattern) == expected  # read anew, so there is news to save
    (tmp_path / "file-in-the-way").write_text("", encoding="utf-8")
    matching.save_literals(tmp_path / "file-in-the-way" / "x.json", {key})  # cannot be written: no error
    assert key in matching._NEW


@pytest.mark.parametrize(("pattern", "folded"), [
    (r"Löschen\b", r"loschen\b"),
    (r"\bÉtat\S+\W\D\B", r"\betat\S+\W\D\B"),  # escapes keep their case: \S is not \s
    (r"a\\S", r"a\\s"),  # an escaped backslash, then a plain letter
    (r"\\\Ä", r"\\\Ä"),  # an escaped backslash, then an escaped letter
    ("ΣΤΟΙΧΕΙΑ|Данни", "στοιχεια|данни"),
])
def test_a_pattern_is_folded_like_text_but_its_escapes_stay(pattern: str, folded: str) -> None:
    from bot.rules.ruleset import fold_pattern

    assert fold_pattern(pattern) == folded

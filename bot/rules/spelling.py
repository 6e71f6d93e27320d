"""Typing slips in the words the rules read: "acount", "delet", "unsubcribe", "informatoin".

People write to a privacy address from a phone, in a hurry, or in a language they
spell uncertainly, and the word a rule waits for is often the one they mistype. A
word of a mail that is one slip (a letter left out, added or changed, or two
neighbours swapped) away from exactly one word the rules read, and that is not
itself a word of the language, is read as that word.

The words the rules read are the words of their examples (`examples.match`), five
letters or longer, that are words of the mail's language. What is a word of a language
is known from the word lists Debian packages (`WORD_LIST_PACKAGES`: `wamerican-large`,
`wfrench`, ..., and hunspell's stems for Czech, Croatian and Romanian) and the
lemma tables of spacy-lookups-data, all too large to read at run time (Polish alone
has 4 million forms). So each language keeps a small file, `<rules>/spelling/<lang>.json`:
the rules' words of that language, and the words of the language one slip away from
one of them ("deletes" beside "delete", "legal" beside "illegal"), which are left as
written. `privacy-bot train` rebuilds them when the examples gain a word (`stale`,
`refresh`); a test checks the committed files are current.
Greek has no word list here, and a slip cannot be told from an inflection without
one: Greek is not corrected.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.rules.lemmas import full_table
from bot.rules.reading import fold
from bot.rules.ruleset import Rule

log = logging.getLogger(__name__)

MEMO_SIZE = 100_000  # words remembered per language (a few MB at most)
SHORTEST = 5  # shorter words are too close to other words to correct safely
_WORD = re.compile(r"[^\W\d_]{%d,}" % SHORTEST)


_WORD_LISTS = {
    "en": ("dict/american-english-large", "dict/british-english-large"), "nl": ("dict/dutch",),
    "fr": ("dict/french",), "de": ("dict/ngerman",), "es": ("dict/spanish",), "it": ("dict/italian",),
    "pt": ("dict/portuguese", "dict/brazilian"), "pl": ("dict/polish",), "sv": ("dict/swedish",),
    "bg": ("dict/bulgarian",), "cs": ("hunspell/cs_CZ.dic",), "hr": ("hunspell/hr_HR.dic",),
    "ro": ("hunspell/ro_RO.dic",),
}
WORD_LIST_PACKAGES = ("wamerican-large wbritish-large wdutch wfrench wngerman wspanish witalian wportuguese "
                      "wbrazilian wpolish wswedish wbulgarian hunspell-cs hunspell-hr hunspell-ro")
_SHARE = Path("/usr/share")
SEEN_FILE = "examples.json"  # the example words the tables were built from


def lexicon(lang: str) -> frozenset[str] | None:
    """Every folded word of `lang` the machine's word lists and lemma tables know (None
    without a word list: a lemma table alone lacks the words that never inflect)."""
    lists = [_SHARE / name for name in _WORD_LISTS.get(lang, ())]
    if not lists or not all(path.exists() for path in lists):
        return None
    words: set[str] = set()
    for path in lists:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                words.add(fold(line.split("/", 1)[0].strip()))  # hunspell: "word/FLAGS"
    table = full_table(lang) or {}
    return frozenset({*words, *table, *table.values()})


def _slips(word: str) -> set[str]:
    """`word` with one letter left out, each way (the symmetric-delete trick: two words
    one slip apart share one of these, or one is the other's)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def build_keep(known: frozenset[str], words: frozenset[str]) -> list[str]:
    """The `known` words one slip from one of `words` (every slip of each word, looked
    up: a few hundred per word, where the other way round would read every known word)."""
    letters = "".join(sorted(set("".join(known))))
    keep = set()
    for word in words:
        for variant in _all_slips(word, letters):
            if variant in known and variant not in words:
                keep.add(variant)
    return sorted(keep)


def _all_slips(word: str, letters: str) -> set[str]:
    """Every word one slip from `word`: a letter left out, added or changed (from
    `letters`), or two neighbours swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = _slips(word)
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters}
    out |= {a + c + b for a, b in splits for c in letters}
    out.discard(word)
    return out


def spelling_path(rules_dir: Path, lang: str) -> Path:
    return rules_dir / "spelling" / f"{lang}.json"


@dataclass(frozen=True, slots=True)
class Speller:
    """One language's corrections: the rules' words, the real words near them, and the
    rules' words by each of their one-letter-shorter forms."""

    words: frozenset[str]
    keep: frozenset[str]
    by_slip: dict[str, tuple[str, ...]]
    #: what each word seen so far was read as (mails repeat their words)
    memo: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, words: frozenset[str], keep: frozenset[str]) -> Speller:
        by_slip: dict[str, set[str]] = {}
        for word in words:
            for slip in (word, *_slips(word)):
                by_slip.setdefault(slip, set()).add(word)
        return cls(words, keep, {slip: tuple(found) for slip, found in by_slip.items()})

    def meant(self, folded: str) -> str | None:
        """The one rules' word `folded` is a slip of, if it is no word of the language."""
        if folded in self.memo:
            return self.memo[folded]
        word = self._meant(folded)
        if len(self.memo) < MEMO_SIZE:
            self.memo[folded] = word
        return word

    def _meant(self, folded: str) -> str | None:
        if folded in self.words or folded in self.keep:
            return None
        found: set[str] = set(self.by_slip.get(folded, ()))
        for slip in _slips(folded):
            found.update(self.by_slip.get(slip, ()))
        found = {word for word in found if _one_slip(folded, word)}
        return next(iter(found)) if len(found) == 1 else None


class Spelling:
    """The spellers of every language, each loaded when a mail in it is first read.

    A word is corrected with the speller of the mail's language, and only if it is no
    word of the rules' examples in any language: a mail's language is a guess, and
    "datos" in a Spanish mail taken for English is no slip of the English "dados". (The
    other languages' rare words near their rules' words are not asked: English "donees"
    would keep the French "donees" from being read as "donnees".)"""

    def __init__(self, rules_dir: Path) -> None:
        self.rules_dir = rules_dir
        self._spellers: dict[str, Speller | None] = {}
        self._known: frozenset[str] | None = None

    def speller(self, lang: str) -> Speller | None:
        if lang not in self._spellers:
            self._spellers[lang] = load_speller(self.rules_dir, lang)
        return self._spellers[lang]

    def correct(self, text: str, lang: str) -> str:
        """`text` with each slipped word replaced by the rules' word (first capital kept)."""
        speller = self.speller(lang)
        if speller is None:
            return text
        out: list[str] = []
        last = 0
        folded_text = fold(text)  # same length: the offsets of `text` hold
        for match in _WORD.finditer(text):
            token = match.group()
            folded = folded_text[match.start():match.end()]
            word = speller.meant(folded)
            if word is None or folded in self._known_anywhere():
                continue
            out += [text[last:match.start()], word.capitalize() if token[0].isupper() else word]
            last = match.end()
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def _known_anywhere(self) -> frozenset[str]:
        if self._known is None:  # read on the first slip found, not at start-up
            self._known = _seen(self.rules_dir)
        return self._known


def _one_slip(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter left out, added or changed, or by two
    neighbours swapped (a shared shorter form also admits two slips: "suprimer" and
    "supprime" share "suprime")."""
    if len(a) != len(b):
        return True  # one is the other with a letter left out: that is how they were found
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def example_words(rules: tuple[Rule, ...]) -> frozenset[str]:
    """The folded words of five letters or more in the rules' must-match examples."""
    return frozenset(word for rule in rules for example in rule.examples_match
                     for word in _WORD.findall(fold(example)))


def stale(rules_dir: Path, rules: tuple[Rule, ...]) -> frozenset[str]:
    """The example words the stored tables were not built with (empty: current)."""
    return example_words(rules) - _seen(rules_dir)


def _seen(rules_dir: Path) -> frozenset[str]:
    """The example words the stored tables were built from (none without tables)."""
    try:
        return frozenset(json.loads((rules_dir / "spelling" / SEEN_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return frozenset()


def missing_word_lists() -> list[str]:
    """The word lists `refresh` reads that this machine lacks."""
    return [str(_SHARE / name) for names in _WORD_LISTS.values() for name in names if not (_SHARE / name).exists()]


def refresh(rules_dir: Path, rules: tuple[Rule, ...]) -> list[str]:
    """Rebuild the table of every language from the word lists (all of them present:
    see `missing_word_lists`); the languages rebuilt. Run by `privacy-bot train` when
    the examples gained a word."""
    examples = example_words(rules)
    folder = rules_dir / "spelling"
    folder.mkdir(exist_ok=True)
    done = []
    for lang in sorted(_WORD_LISTS):
        known = lexicon(lang)
        if known is None:
            raise FileNotFoundError(f"no word list for {lang}: apt-get install {WORD_LIST_PACKAGES}")
        words = frozenset(examples & known)
        payload = {"lang": lang, "words": sorted(words), "keep": build_keep(known, words)}
        spelling_path(rules_dir, lang).write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n",
                                                  encoding="utf-8")
        done.append(lang)
    (folder / SEEN_FILE).write_text(json.dumps(sorted(examples), ensure_ascii=False, indent=0) + "\n",
                                    encoding="utf-8")
    return done


def load_speller(rules_dir: Path, lang: str) -> Speller | None:
    """The speller of `lang` from its stored table (None: `lang` has none)."""
    try:
        stored = json.loads(spelling_path(rules_dir, lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Speller.of(frozenset(stored["words"]), frozenset(stored["keep"]))

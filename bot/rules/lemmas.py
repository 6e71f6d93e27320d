"""Lemma phrase matching per language: spaCy PhraseMatcher on a lookup lemmatizer.

The full lookup tables of spacy-lookups-data are large and slow to load (French alone
takes about 4 s to import its tokenizer exceptions and 2 s for its table; measured on
this machine), which would break the budget of 300 mails in 10 s. Only the lemmas our
phrases use matter, so each language gets a reduced table, `<rules>/lemmas/<lang>.json`:
every word form whose lemma is a lemma of some phrase token. It is rebuilt from
spacy-lookups-data when a phrase is added (and written back when the folder is
writable); tests check the committed tables are current. The tokenizer is spaCy's
language-neutral one ("xx"), built once and shared by every language (each build costs
~0.2 s; a language's own tokenizer up to 4 s).
"""

from __future__ import annotations

import gzip
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.rules.reading import fold
from bot.rules.ruleset import Rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

log = logging.getLogger(__name__)


def _tokens(text: str) -> list[str]:
    # apostrophes become spaces (same length) so "l'effacement" and "dell'accesso"
    # split like the phrases do, with no language tokenizer exceptions needed
    return text.replace("'", " ").split()


def phrase_words(rules: tuple[Rule, ...]) -> frozenset[str]:
    return frozenset(word for rule in rules for phrase in rule.phrases for word in _tokens(phrase))


def full_table(lang: str) -> dict[str, str] | None:
    """The complete folded form->lemma table of spacy-lookups-data, or None if absent."""
    try:
        import spacy_lookups_data
    except ImportError:
        return None
    folder = Path(spacy_lookups_data.__file__).parent / "data"
    files = sorted(folder.glob(f"{lang}_lemma_lookup*.json.gz"), key=lambda p: (len(p.name), p.name))
    if not files:
        return None
    table: dict[str, str] = {}
    for path in files:  # the general table first, then the per-part-of-speech ones (it, pl)
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for form, lemma in json.load(handle).items():
                if isinstance(lemma, list) and lemma:  # the French table lists candidates
                    lemma = lemma[0]
                if isinstance(lemma, str):
                    table.setdefault(fold(form), fold(lemma))
    return table


def build_table(lang: str, words: frozenset[str]) -> dict[str, str] | None:
    """Every form whose lemma is the lemma of one of `words` (None: no table for `lang`)."""
    full = full_table(lang)
    if full is None:
        return None
    lemmas = {full.get(word, word) for word in words}
    table = {form: lemma for form, lemma in full.items() if lemma in lemmas or form in lemmas}
    return dict(sorted(table.items()))


def table_path(rules_dir: Path, lang: str) -> Path:
    return rules_dir / "lemmas" / f"{lang}.json"


def load_table(rules_dir: Path, lang: str, words: frozenset[str]) -> dict[str, str]:
    """The reduced table for `lang`, rebuilt (and saved if possible) when phrases changed."""
    path = table_path(rules_dir, lang)
    stored: dict[str, Any] = {}
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    if words <= set(stored.get("words", ())):
        return dict(stored.get("table", {}))
    table = build_table(lang, words)
    if table is None:
        return dict(stored.get("table", {}))
    try:
        path.parent.mkdir(exist_ok=True)
        payload = {"lang": lang, "words": sorted(words), "table": table}
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    except OSError as exc:  # a read-only install still classifies, just starts slower
        log.info("cannot save lemma table %s: %s", path, exc)
    return table


@dataclass(frozen=True, slots=True)
class PhraseHit:
    rule: str
    start: int
    end: int


_TOKENIZER: Language | None = None


def _shared_nlp() -> Language:
    """One language-neutral tokenizer for every language (building one costs ~0.2 s)."""
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        _TOKENIZER = spacy.blank("xx")
    return _TOKENIZER


class PhraseIndex:
    """The phrases of one language's rules, matched on lemmas of folded text.

    The lemmas are those of spaCy's lookup lemmatizer (form -> lemma, the form itself
    when absent), set from the reduced table of `lang` on docs of the shared tokenizer,
    so a language costs its table and matcher only, not a pipeline of its own.
    """

    def __init__(self, lang: str, rules: tuple[Rule, ...], rules_dir: Path) -> None:
        from spacy.matcher import PhraseMatcher

        self.lang = lang
        words = phrase_words(rules)
        self._table: dict[str, str] = load_table(rules_dir, lang, words) if words else {}
        self._nlp = _shared_nlp()
        self._matcher: PhraseMatcher = PhraseMatcher(self._nlp.vocab, attr="LEMMA")
        for rule in rules:
            if rule.phrases:
                self._matcher.add(rule.name, [self._doc(p) for p in rule.phrases])

    def _doc(self, folded: str) -> Any:
        doc = self._nlp.make_doc(folded.replace("'", " "))
        table = self._table
        for token in doc:
            token.lemma_ = table.get(token.text, token.text)
        return doc

    def lemmas(self, folded: str) -> list[str]:
        return [t.lemma_ for t in self._doc(folded)]

    def find(self, folded: str) -> list[PhraseHit]:
        """Phrase hits in `folded` (already folded text), with character offsets."""
        if not folded.strip():
            return []
        doc = self._doc(folded)
        hits = []
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            hits.append(PhraseHit(self._nlp.vocab.strings[match_id], span.start_char, span.end_char))
        return hits

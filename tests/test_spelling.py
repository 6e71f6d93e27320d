"""Slips in the words the rules read are read as those words, and real words are not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.rules import Classifier, spelling
from bot.rules.ruleset import DEFAULT_RULES_DIR
from bot.rules.spelling import SEEN_FILE, Speller, Spelling, stale

RULES_ALONE = Classifier(sets=[])


def test_committed_spelling_tables_are_current() -> None:
    new = stale(DEFAULT_RULES_DIR, RULES_ALONE.ruleset.rules)
    assert not new, f"rules/spelling/ misses {len(new)} example words, e.g. {sorted(new)[:5]}: run `privacy-bot train`"


@pytest.mark.parametrize(
    ("slipped", "meant"),
    [
        ("acount", "account"),      # a letter left out
        ("deleete", "delete"),      # a letter added
        ("delate", "delete"),       # a letter changed
        ("dleete", "delete"),       # two neighbours swapped
        ("deelte", "delete"),
    ],
)
def test_one_slip_is_read_as_the_word(slipped: str, meant: str) -> None:
    speller = Speller.of(frozenset({"account", "delete"}), frozenset())
    assert speller.meant(slipped) == meant


@pytest.mark.parametrize(
    "word",
    [
        "dlte",      # too short
        "dleeet",    # two slips
        "account",   # the word itself
        "deletes",   # a real word beside it, kept as written
    ],
)
def test_what_is_not_a_slip(word: str) -> None:
    speller = Speller.of(frozenset({"account", "delete"}), frozenset({"deletes"}))
    assert speller.meant(word) is None


def test_a_slip_of_two_words_is_left_alone() -> None:
    speller = Speller.of(frozenset({"mails", "malls"}), frozenset())
    assert speller.meant("maals") is None  # one slip from either: no guess


def test_the_mails_language_speller_and_capitals() -> None:
    spelling = Spelling(DEFAULT_RULES_DIR)
    assert spelling.correct("Plese delet my acount.", "en") == "Please delete my account."
    assert spelling.correct("Acount", "en") == "Account"
    assert spelling.correct("je veux suprimer mes donees", "fr") == "je veux supprimer mes donnees"
    assert spelling.correct("mes donées à effacer", "fr") == "mes donnees à effacer"  # accents kept elsewhere


def test_real_words_are_not_corrected() -> None:
    spelling = Spelling(DEFAULT_RULES_DIR)
    # English "legal" is one slip from Spanish "ilegal" and "compliant" from "complaint"
    assert spelling.correct("this is legal and we are compliant", "en") == "this is legal and we are compliant"
    # a Spanish word in a mail taken for English is no slip of an English word
    assert spelling.correct("mis datos", "en") == "mis datos"
    # Greek has no word list: nothing is corrected
    assert spelling.correct("διαγραφη των δεδομενν μου", "el") == "διαγραφη των δεδομενν μου"


@pytest.mark.parametrize(
    ("subject", "body", "category"),
    [
        ("", "hi can u delet my acount pls, i dont use it anymore", "deletion"),
        ("", "pls unsubcribe me from the newsleter", "withdraw_consent"),
        ("", "je veux suprimer mes donees de votre site", "deletion"),
        ("", "chce usunac moje dane osobwe z waszej bazy", "deletion"),
    ],
)
def test_slipped_requests_are_understood(subject: str, body: str, category: str) -> None:
    assert RULES_ALONE.classify_text(subject, body).category.value == category


def test_train_says_when_the_tables_are_stale_and_the_word_lists_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    (rules / "spelling" / SEEN_FILE).write_text("[]\n", encoding="utf-8")  # every example word is new
    settings = tmp_path / "settings.yaml"
    text = (DEFAULT_RULES_DIR.parent / "settings.yaml").read_text(encoding="utf-8")
    settings.write_text(text.replace("  rules_dir: rules ", f"  rules_dir: {rules} ")
                        .replace("  text_model: true ", "  text_model: false "), encoding="utf-8")
    monkeypatch.setattr(spelling, "_SHARE", tmp_path / "no-share")
    assert main(["train", "--config", str(settings)]) == 0
    said = capsys.readouterr().out
    assert "spelling tables miss" in said and "apt-get install wamerican-large" in said
    # the stored tables are still read: slips of the words they know are corrected
    assert Spelling(rules).correct("delet my acount", "en") == "delete my account"

"""Every reply template renders in every language with the values the bot gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.categories import Category
from bot.errors import ConfigError
from bot.handlers.base import NO_DATA
from bot.handlers.registry import HANDLERS
from bot.handlers.samples import SECTION_SAMPLES, TEMPLATE_SAMPLES
from bot.replies import LANGUAGES_REQUIRED, Replies

ROOT = Path(__file__).resolve().parent.parent / "replies"
REPLIES = Replies(ROOT)


@pytest.mark.parametrize("language", LANGUAGES_REQUIRED)
@pytest.mark.parametrize("name", sorted(TEMPLATE_SAMPLES))
def test_template_renders_with_its_sample_values(name: str, language: str) -> None:
    assert REPLIES.has(name, language), f"{language}/{name}.txt is missing"
    rendered = REPLIES.render(name, language, **TEMPLATE_SAMPLES[name])
    assert rendered.subject and "{" not in rendered.subject
    assert "{{" not in rendered.body and "{%" not in rendered.body
    assert TEMPLATE_SAMPLES[name]["company"] in rendered.body


def test_every_handler_section_has_a_template_in_every_language() -> None:
    sections = {str(c) for c in HANDLERS if c is not Category.OTHER} | {NO_DATA}
    assert sections == set(SECTION_SAMPLES)
    for language in LANGUAGES_REQUIRED:
        for section in sections:
            assert (ROOT / language / "outcome" / f"{section}.txt").is_file(), (language, section)


@pytest.mark.parametrize("language", LANGUAGES_REQUIRED)
@pytest.mark.parametrize("section", sorted(SECTION_SAMPLES))
def test_each_section_renders_alone(section: str, language: str) -> None:
    values = {**TEMPLATE_SAMPLES["outcome"], "sections": [SECTION_SAMPLES[section]]}
    body = REPLIES.render("outcome", language, **values).body
    assert body.count("\n== ") == 1  # exactly one section heading


def test_languages_have_the_same_templates() -> None:
    def files(language: str) -> set[str]:
        return {str(p.relative_to(ROOT / language)) for p in (ROOT / language).rglob("*.txt")}

    for language in LANGUAGES_REQUIRED[1:]:
        assert files(language) == files("en"), language


def test_strict_undefined_catches_a_missing_value() -> None:
    values = dict(TEMPLATE_SAMPLES["challenge"])
    del values["verify_url"]
    with pytest.raises(ConfigError, match="verify_url"):
        REPLIES.render("challenge", "nl", **values)


def test_challenge_cannot_tell_whether_we_hold_data() -> None:
    # Before verification nothing may reveal whether the address is known: the
    # challenge is given no value that depends on the data sources.
    for name in ("challenge", "challenge_reminder", "challenge_expired"):
        assert set(TEMPLATE_SAMPLES[name]) <= {"case_id", "company", "verify_url", "code", "categories", "due",
                                               "expires"}
    body = REPLIES.render("challenge", "en", **TEMPLATE_SAMPLES["challenge"]).body
    assert TEMPLATE_SAMPLES["challenge"]["verify_url"] in body
    assert TEMPLATE_SAMPLES["challenge"]["code"] in body


@pytest.mark.parametrize("language", LANGUAGES_REQUIRED)
def test_complaint_acknowledgement_names_the_belgian_authority(language: str) -> None:
    body = REPLIES.render("complaint_acknowledgement", language,
                          **TEMPLATE_SAMPLES["complaint_acknowledgement"]).body
    for needle in ("contact@apd-gba.be", "www.dataprotectionauthority.be", "35, 1000"):
        assert needle in body
    assert ("Gegevensbeschermingsautoriteit" in body
            or "Autorité de protection des données" in body)


@pytest.mark.parametrize("language", LANGUAGES_REQUIRED)
def test_extension_gives_the_new_date_and_reason(language: str) -> None:
    values = TEMPLATE_SAMPLES["extension"]
    body = REPLIES.render("extension", language, **values).body
    assert values["new_due"] in body and values["reason"] in body

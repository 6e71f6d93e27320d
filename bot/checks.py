"""`privacy-bot check`: settings, rules and reply templates, first error wins."""

from __future__ import annotations

from bot.errors import ConfigError
from bot.handlers.samples import TEMPLATE_SAMPLES
from bot.replies import LANGUAGES_REQUIRED, Replies
from bot.settings import Settings

#: Templates every required language must have, with sample values to render them.
TEMPLATES: dict[str, dict[str, object]] = {
    "acknowledgement": {},
    **TEMPLATE_SAMPLES,
}
SAMPLE = {"case_id": "PB-2611-ABCDEFGH", "due": "2026-12-29", "company": "Example", "categories": ["access"]}


def check_all(settings: Settings) -> list[str]:
    lines = [f"settings: {settings.path} ok"]
    lines.append(check_rules(settings))
    lines.append(check_replies(settings))
    return lines


def check_rules(settings: Settings) -> str:
    if not settings.rules_dir.is_dir():
        raise ConfigError(f"{settings.rules_dir}: rules folder is missing")
    from bot.rules import Classifier
    from bot.rules.matching import find_hits

    classifier = Classifier.from_settings(settings)
    rules = classifier.ruleset.rules
    examples = 0
    for rule in rules:  # every rule's own examples must hold, as the tests check
        zone = "own" if "body" in rule.zones else "subject"
        lang = next((code for code in rule.langs if code != "any"), None)
        phrases = classifier._phrase_index(lang).find if lang and rule.phrases else None

        def hit(text: str) -> bool:
            return any(h.rule.name == rule.name for h in find_hits(text, zone, (rule,), phrases))

        for text in rule.examples_match:
            if not hit(text):
                raise ConfigError(f"{settings.rules_dir}/{rule.source}: rule {rule.name} does not match its example {text!r}")
        for text in rule.examples_no_match:
            if hit(text):
                raise ConfigError(f"{settings.rules_dir}/{rule.source}: rule {rule.name} matches its no_match example {text!r}")
        examples += len(rule.examples_match) + len(rule.examples_no_match)
    return f"rules: {len(rules)} rules in {settings.rules_dir}, {examples} examples hold"


def check_replies(settings: Settings) -> str:
    if not settings.replies_dir.is_dir():
        raise ConfigError(f"{settings.replies_dir}: replies folder is missing")
    replies = Replies(settings.replies_dir, settings.default_language)
    count = 0
    for lang in LANGUAGES_REQUIRED:
        for name, values in TEMPLATES.items():
            if not replies.has(name, lang):
                raise ConfigError(f"{settings.replies_dir}/{lang}/{name}.txt: reply template is missing")
    for lang in replies.languages():
        for name in replies.names(lang):
            replies.render(name, lang, **{**SAMPLE, **TEMPLATES.get(name, {})})
            count += 1
    from bot.handlers.export import labels
    from bot.web import pages

    for lang in LANGUAGES_REQUIRED:
        if not (settings.replies_dir / lang / "export.yaml").is_file():
            raise ConfigError(f"{settings.replies_dir}/{lang}/export.yaml: export summary texts are missing")
        labels(lang, settings.replies_dir)
    problems = pages.check(settings.replies_dir)
    if problems:
        raise ConfigError(f"{settings.replies_dir}: page texts: {problems[0]}")
    return f"replies: {count} templates and the page texts in {len(replies.languages())} languages ok"

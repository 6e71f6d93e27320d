"""Classification: what a mail asks for, in which language, and whether a robot sent it.

Public surface (the pipeline and `privacy-bot classify` use only this):

- `Verdict`: category, categories (primary first), language, confidence, hits.
- `Classifier(rules_dir).classify(mail) -> Verdict`
- `detect_automated(mail) -> str | None`: the reason a mail is robot mail, or None.
- `load_rules(rules_dir) -> RuleSet`: validates `rules/*.yaml`; raises ConfigError with a
  one-line message (file, rule, fault). `Classifier.check()` does the same.
"""

from bot.rules.automated import detect_automated
from bot.rules.classifier import Classifier, Verdict
from bot.rules.language import detect_language
from bot.rules.ruleset import RuleSet, load_rules

__all__ = ["Classifier", "RuleSet", "Verdict", "detect_automated", "detect_language", "load_rules"]

"""Classification: what a mail asks for, in which language, and whether a robot sent it.

Public surface (the pipeline and `privacy-bot classify` use only this):

- `Verdict`: category, categories (primary first), language, confidence, hits.
- `Classifier(rules_dir).classify(mail) -> Verdict`
- `detect_automated(mail) -> str | None`: the reason a mail is robot mail, or None.
"""

from bot.rules.automated import detect_automated
from bot.rules.classifier import Classifier, Verdict

__all__ = ["Classifier", "Verdict", "detect_automated"]

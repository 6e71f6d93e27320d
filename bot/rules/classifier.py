"""A first subject-and-body keyword classifier (to be replaced by the rules engine)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.categories import Category
from bot.mail.parse import Incoming

_KEYWORDS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    (Category.COMPLAINT, re.compile(r"complain|second request|no answer|not received an answer|klacht|plainte|beschwerde", re.I)),
    (Category.DELETION, re.compile(r"delet|eras|remove|forget|verwijder|supprim|lösch", re.I)),
    (Category.CORRECTION, re.compile(r"correct|rectif|update my|wijzig|berichtig", re.I)),
    (Category.ACCESS, re.compile(r"access|copy of (my|the) data|what data|inzage|accès|auskunft|article 15", re.I)),
)


@dataclass(frozen=True, slots=True)
class Verdict:
    category: Category
    categories: tuple[Category, ...]
    language: str
    confidence: float
    hits: tuple[str, ...] = ()


class Classifier:
    def __init__(self, rules_dir: Path | None = None, threshold: float = 0.5) -> None:
        self.rules_dir = rules_dir
        self.threshold = threshold

    def classify(self, mail: Incoming) -> Verdict:
        found = [cat for cat, rx in _KEYWORDS if rx.search(mail.subject)]
        if not found:
            return Verdict(Category.OTHER, (Category.OTHER,), "en", 0.5)
        return Verdict(found[0], tuple(found), "en", 0.9, tuple(f"subject:{c}" for c in found))

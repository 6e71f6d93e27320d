"""Rendering of the public pages (verification, download, unsubscribe) in the person's language.

Texts live in `replies/<lang>/pages.yaml` (data, like the reply templates); every
language has every key of English, which `check()` enforces. Templates are Jinja2
with autoescape on: the texts and the values put into them are escaped, so nothing a
requester wrote can become markup. A language without `pages.yaml` falls back to English.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import yaml
from starlette.responses import HTMLResponse

from bot.errors import ConfigError
from bot.replies import LANGUAGES_REQUIRED

FALLBACK = "en"
FILE = "pages.yaml"
TEMPLATES = Path(__file__).parent / "templates"
_PLACEHOLDERS = frozenset({"company", "case_id", "due", "list", "label"})

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES)),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True, slots=True)
class Texts:
    """The page texts of one language; `t("key", due=...)` fills the braces."""

    language: str
    entries: Mapping[str, str]
    categories: Mapping[str, str]

    def __call__(self, key: str, **values: Any) -> str:
        return self.entries[key].format_map(values)

    def category(self, name: str) -> str:
        return self.categories.get(name, name)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read page texts: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise ConfigError(f"{path}: page texts must be a mapping with a 'categories' mapping")
    return data


@lru_cache(maxsize=32)
def _load(root: Path, language: str) -> Texts:
    data = _read(root / language / FILE)
    categories = {str(k): str(v) for k, v in data.pop("categories").items()}
    return Texts(language, {str(k): str(v) for k, v in data.items()}, categories)


def available(root: Path, language: str) -> bool:
    return bool(language) and language.isalpha() and (root / language / FILE).is_file()


def texts(root: Path, language: str) -> Texts:
    return _load(root, language if available(root, language) else FALLBACK)


def language_from_header(root: Path, accept_language: str) -> str:
    """The first language of an Accept-Language header we have pages for (RFC 9110 §12.5.4)."""
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        weighted.append((-quality, index, tag.split("-")[0].strip().lower()))
    for _, _, language in sorted(weighted):
        if available(root, language):
            return language
    return FALLBACK


def render(template: str, t: Texts, status: int = 200, **values: Any) -> HTMLResponse:
    html = _env.get_template(f"public/{template}").render(t=t, lang=t.language, **values)
    return HTMLResponse(html, status_code=status)


def check(root: Path, required: tuple[str, ...] = LANGUAGES_REQUIRED) -> list[str]:
    """Problems with the page texts: a missing file, key or category, a bad placeholder.

    Every required language must have the file; any other language that has one must
    have it complete (one without it falls back to English)."""
    try:
        reference = _read(root / FALLBACK / FILE)
    except ConfigError as exc:
        return [str(exc)]
    present = {p.parent.name for p in root.glob(f"*/{FILE}")}
    problems: list[str] = []
    for language in sorted(set(required) | present):
        path = root / language / FILE
        try:
            data = _read(path)
        except ConfigError as exc:
            problems.append(str(exc))
            continue
        problems += [f"{path}: missing key {k!r}" for k in sorted(set(reference) - set(data))]
        problems += [
            f"{path}: missing category {k!r}"
            for k in sorted(set(reference["categories"]) - set(data["categories"]))
        ]
        for key, value in data.items():
            if key != "categories":
                problem = _text_problem(key, value, key in reference)
                if problem:
                    problems.append(f"{path}: {problem}")
    return problems


def _text_problem(key: str, value: object, known: bool) -> str | None:
    if not known:
        return f"unknown key {key!r}"
    if not isinstance(value, str) or not value.strip():
        return f"{key!r} must be a non-empty text"
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
    except ValueError:
        return f"{key!r} has an unmatched brace"
    unknown = names - _PLACEHOLDERS
    return f"{key!r} uses unknown placeholders {sorted(unknown)}" if unknown else None

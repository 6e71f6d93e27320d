"""Reply texts: `replies/<lang>/<name>.txt`, rendered with a sandboxed Jinja2.

A template's first line is `Subject: ...`, then a blank line, then the body.
Strict undefined: a template that names a value the bot does not give fails
`privacy-bot check`, not a requester's reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from bot.errors import ConfigError

LANGUAGES_REQUIRED = ("en", "nl", "fr", "de")


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    body: str


class Replies:
    def __init__(self, root: Path, default_language: str = "en") -> None:
        self.root = root
        self.default_language = default_language
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(root)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
        )

    def languages(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def names(self, language: str) -> list[str]:
        return sorted(p.stem for p in (self.root / language).glob("*.txt"))

    def has(self, name: str, language: str) -> bool:
        return (self.root / language / f"{name}.txt").is_file()

    def pick_language(self, name: str, language: str) -> str:
        return language if self.has(name, language) else self.default_language

    def render(self, name: str, language: str, **values: Any) -> Rendered:
        lang = self.pick_language(name, language)
        try:
            text = self.env.get_template(f"{lang}/{name}.txt").render(**values)
        except jinja2.TemplateNotFound:
            raise ConfigError(f"{self.root}/{lang}/{name}.txt: reply template is missing") from None
        except jinja2.TemplateError as exc:
            raise ConfigError(f"{self.root}/{lang}/{name}.txt: {exc}") from exc
        head, _, body = text.partition("\n\n")
        if not head.startswith("Subject:"):
            raise ConfigError(f"{self.root}/{lang}/{name}.txt: first line must be 'Subject: ...'")
        return Rendered(subject=" ".join(head[len("Subject:") :].split()), body=body.strip() + "\n")

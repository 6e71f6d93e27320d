"""Building mails and settings for tests."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from bot.settings import Settings, from_mapping


class FixedClock:
    """The bot's clock in tests: starts at a fixed moment, moved by the test."""

    def __init__(self, start: datetime = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def mail(
    sender: str = "Alice Martin <alice.martin@example.org>",
    subject: str = "Request under Article 15 GDPR",
    body: str = "Under Article 15 GDPR please send me a copy of all personal data you hold about me.",
    **headers: str,
) -> bytes:
    msg = EmailMessage()
    if sender:
        msg["From"] = sender
    msg["To"] = "privacy@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Sun, 29 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = headers.pop("Message_ID", None) or make_msgid(domain="sender.example")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def sample_sources(tmp: Path) -> list[dict[str, Any]]:
    """The sample company in SQLite files under tmp, as the `sources:` section of settings."""
    from bot.sources.dump import dump_sources
    from bot.sources.sample_company import build_sample_company

    folder = tmp / "company"
    folder.mkdir(exist_ok=True)
    return dump_sources(build_sample_company(folder))


def settings_for(dovecot: Any, sink: Any, tmp: Path, sources: list[dict[str, Any]] | None = None,
                 **overrides: Any) -> Settings:
    return from_mapping(settings_data(dovecot, sink, tmp, sources, **overrides), tmp / "settings.yaml")


def settings_file(dovecot: Any, sink: Any, tmp: Path, sources: list[dict[str, Any]] | None = None,
                  **overrides: Any) -> Path:
    """The same settings written as the YAML file the CLI reads."""
    import yaml

    path = tmp / "settings.yaml"
    path.write_text(yaml.safe_dump(settings_data(dovecot, sink, tmp, sources, **overrides)), encoding="utf-8")
    return path


def settings_data(dovecot: Any, sink: Any, tmp: Path, sources: list[dict[str, Any]] | None = None,
                  **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "mailbox": {
            "host": dovecot.host,
            "port": dovecot.port,
            "ssl": "false",
            "username": dovecot.user,
            "password": dovecot.password,
            "poll_seconds": 1,
            "max_backoff_seconds": 2,
        },
        "smtp": {
            "host": "127.0.0.1",
            "port": sink.port,
            "ssl": "false",
            "from": "privacy@example.org",
            "retry_seconds": 0,
        },
        "store": {"path": str(tmp / "store")},
        "company": {"name": "Example Company", "staff_address": "dpo@example.org", "secret_key": "test-secret"},
    }
    if sources is not None:
        data["sources"] = sources
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return data

"""Settings: `settings.yaml`, validated into typed values; only `bot.app` reads them.

Plain YAML with `${ENV_VAR}` (or `${ENV_VAR:-default}`) interpolation for secrets. Unknown keys are errors and
every error is one line naming the file, the key and what is wrong (DESIGN.md).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class MailboxSettings:
    host: str
    port: int
    ssl: str  # "true" | "false" | "starttls"
    username: str
    password: str
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    poll_seconds: float = 60.0
    idle: bool = True
    max_backoff_seconds: float = 300.0


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    ssl: str
    username: str
    password: str
    from_: str
    max_per_address_per_day: int = 5
    retry_seconds: float = 60.0
    max_attempts: int = 8
    timeout_seconds: float = 30.0
    max_per_hour: int = 200
    breaker_cooldown_minutes: float = 60.0


@dataclass(frozen=True, slots=True)
class LimitSettings:
    max_bytes: int = 25 * 1024 * 1024
    max_header_bytes: int = 256 * 1024
    max_mime_depth: int = 20
    max_parts: int = 500


@dataclass(frozen=True, slots=True)
class VerificationSettings:
    ttl_days: float = 7.0
    remind_after_days: float = 3.0
    max_code_attempts: int = 5
    authserv_id: str = ""  # Authentication-Results are trusted only from this server
    # Proportionate extra assurance (EDPB 01/2022 §§ 64-77): for these categories the
    # link also asks for a value the company holds, checked without revealing it.
    attribute_categories: tuple[str, ...] = ()
    attribute_column: str = ""  # source.table.column, e.g. crm.contacts.postcode
    attribute_label: str = "postcode"


@dataclass(frozen=True, slots=True)
class HandlerSettings:
    auto_categories: tuple[str, ...] = ("withdraw_consent",)
    export_ttl_days: float = 7.0
    retention_days: int = 365


@dataclass(frozen=True, slots=True)
class DeadlineSettings:
    due_within_days: int = 7  # staff digest lists cases due within this many days
    sweep_minutes: float = 15.0


@dataclass(frozen=True, slots=True)
class Settings:
    path: Path
    mailbox: MailboxSettings
    smtp: SmtpSettings
    store_path: Path
    web_host: str = "127.0.0.1"
    web_port: int = 8025
    web_base_url: str = "http://127.0.0.1:8025"
    company_name: str = "Example Company"
    staff_address: str = ""
    privacy_address: str = ""
    answer_days_note: str = ""
    limits: LimitSettings = field(default_factory=LimitSettings)
    classify_threshold: float = 0.5
    text_model: bool = True
    rules_dir: Path = ROOT / "rules"
    replies_dir: Path = ROOT / "replies"
    default_language: str = "en"
    secret_key: str = ""
    verification: VerificationSettings = field(default_factory=VerificationSettings)
    handlers: HandlerSettings = field(default_factory=HandlerSettings)
    deadlines: DeadlineSettings = field(default_factory=DeadlineSettings)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


# key -> (type, required, default).  Types: str, int, float, bool, "ssl", "path", dict.
_Spec = dict[str, tuple[Any, bool, Any]]
SCHEMA: dict[str, _Spec] = {
    "mailbox": {
        "host": (str, True, None),
        "port": (int, True, None),
        "ssl": ("ssl", False, "true"),
        "username": (str, True, None),
        "password": (str, True, None),
        "folder": (str, False, "INBOX"),
        "processed_folder": (str, False, "Processed"),
        "quarantine_folder": (str, False, "Quarantine"),
        "poll_seconds": (float, False, 60.0),
        "idle": (bool, False, True),
        "max_backoff_seconds": (float, False, 300.0),
    },
    "smtp": {
        "host": (str, True, None),
        "port": (int, True, None),
        "ssl": ("ssl", False, "starttls"),
        "username": (str, False, ""),
        "password": (str, False, ""),
        "from": (str, True, None),
        "max_per_address_per_day": (int, False, 5),
        "retry_seconds": (float, False, 60.0),
        "max_attempts": (int, False, 8),
        "timeout_seconds": (float, False, 30.0),
        "max_per_hour": (int, False, 200),
        "breaker_cooldown_minutes": (float, False, 60.0),
    },
    "store": {"path": ("path", True, None)},
    "web": {
        "host": (str, False, "127.0.0.1"),
        "port": (int, False, 8025),
        "base_url": (str, False, None),
    },
    "company": {
        "name": (str, False, "Example Company"),
        "privacy_address": (str, False, ""),
        "staff_address": (str, False, ""),
        "secret_key": (str, False, ""),
        "default_language": (str, False, "en"),
    },
    "limits": {
        "max_bytes": (int, False, 25 * 1024 * 1024),
        "max_header_bytes": (int, False, 256 * 1024),
        "max_mime_depth": (int, False, 20),
        "max_parts": (int, False, 500),
    },
    "classifier": {
        "threshold": (float, False, 0.5),
        "text_model": (bool, False, True),
        "rules_dir": ("path", False, str(ROOT / "rules")),
    },
    "replies": {"dir": ("path", False, str(ROOT / "replies"))},
    "verification": {
        "ttl_days": (float, False, 7.0),
        "remind_after_days": (float, False, 3.0),
        "max_code_attempts": (int, False, 5),
        "authserv_id": (str, False, ""),
        "attribute_categories": (list, False, []),
        "attribute_column": (str, False, ""),
        "attribute_label": (str, False, "postcode"),
    },
    "deadlines": {
        "due_within_days": (int, False, 7),
        "sweep_minutes": (float, False, 15.0),
    },
    "handlers": {
        "auto_categories": (list, False, ["withdraw_consent"]),
        "export_ttl_days": (float, False, 7.0),
        "retention_days": (int, False, 365),
    },
}
#: Sections whose shape other parts validate (they receive the raw YAML value).
OPEN_SECTIONS = ("sources", "address_rules")


def load(path: Path) -> Settings:
    """Read and validate `path`; raise ConfigError with one clear line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read settings: {exc.strerror}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} not valid YAML") from exc
    return from_mapping(data, path)


def from_mapping(data: object, path: Path) -> Settings:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: settings must be a mapping of sections")
    data = dict(_interpolate(data, path, ""))
    known = set(SCHEMA) | set(OPEN_SECTIONS)
    for key in data:
        if key not in known:
            raise ConfigError(f"{path}: unknown section '{key}' (known: {', '.join(sorted(known))})")
    values: dict[str, dict[str, Any]] = {}
    for section, spec in SCHEMA.items():
        values[section] = _section(data.get(section), spec, section, path)
    _check_open_sections(data, values, path)
    base = path.parent
    mb, sm, web = values["mailbox"], values["smtp"], values["web"]
    store_path = _resolve(base, values["store"]["path"])
    base_url = web["base_url"] or f"http://{web['host']}:{web['port']}"
    return Settings(
        path=path,
        mailbox=MailboxSettings(**mb),
        smtp=SmtpSettings(from_=sm.pop("from"), **sm),
        store_path=store_path,
        web_host=web["host"],
        web_port=web["port"],
        web_base_url=base_url.rstrip("/"),
        company_name=values["company"]["name"],
        staff_address=values["company"]["staff_address"],
        privacy_address=values["company"]["privacy_address"] or sm_from(values),
        secret_key=values["company"]["secret_key"],
        default_language=values["company"]["default_language"],
        limits=LimitSettings(**values["limits"]),
        classify_threshold=values["classifier"]["threshold"],
        text_model=values["classifier"]["text_model"],
        rules_dir=_resolve(base, values["classifier"]["rules_dir"]),
        replies_dir=_resolve(base, values["replies"]["dir"]),
        verification=VerificationSettings(**{
            **values["verification"],
            "attribute_categories": tuple(values["verification"]["attribute_categories"]),
        }),
        handlers=HandlerSettings(
            auto_categories=tuple(str(c) for c in values["handlers"]["auto_categories"]),
            export_ttl_days=values["handlers"]["export_ttl_days"],
            retention_days=values["handlers"]["retention_days"],
        ),
        deadlines=DeadlineSettings(**values["deadlines"]),
        raw=data,
    )


def _check_open_sections(data: dict[str, Any], values: dict[str, dict[str, Any]], path: Path) -> None:
    from bot.categories import Category
    from bot.sources import parse_sources
    from bot.sources.addresses import parse_provider_rules

    v = values["verification"]
    if v["attribute_categories"] and v["attribute_column"].count(".") != 2:
        raise ConfigError(f"{path}: verification.attribute_column: must be source.table.column when "
                          "attribute_categories is set")
    for name in [*values["handlers"]["auto_categories"], *v["attribute_categories"]]:
        if name not in {str(c) for c in Category}:
            raise ConfigError(f"{path}: handlers.auto_categories / verification.attribute_categories: "
                              f"unknown category {name!r}")
    try:
        if "sources" in data:
            parse_sources(data["sources"])
        if "address_rules" in data:
            parse_provider_rules(data["address_rules"])
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def sm_from(values: dict[str, dict[str, Any]]) -> str:
    return str(values["smtp"].get("from", ""))


def _resolve(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def _section(raw: object, spec: _Spec, name: str, path: Path) -> dict[str, Any]:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: {name}: must be a mapping")
    for key in raw:
        if key not in spec:
            raise ConfigError(f"{path}: {name}.{key}: unknown key (known: {', '.join(spec)})")
    out: dict[str, Any] = {}
    for key, (kind, required, default) in spec.items():
        if key not in raw or raw[key] is None:
            if required:
                raise ConfigError(f"{path}: {name}.{key}: required key is missing")
            out[key] = default
            continue
        out[key] = _coerce(raw[key], kind, f"{name}.{key}", path)
    return out


def _coerce(value: object, kind: Any, key: str, path: Path) -> Any:
    if kind == "ssl":
        text = str(value).lower()
        if text not in {"true", "false", "starttls"}:
            raise ConfigError(f"{path}: {key}: must be true, false or starttls, not {value!r}")
        return text
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{path}: {key}: must be true or false, not {value!r}")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                return int(str(value))
            except ValueError:
                raise ConfigError(f"{path}: {key}: must be a whole number, not {value!r}") from None
        return value
    if kind is float:
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ConfigError(f"{path}: {key}: must be a number, not {value!r}") from None
    if kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: {key}: must be a list of names")
        return value
    if kind in (str, "path"):
        if isinstance(value, (dict, list)):
            raise ConfigError(f"{path}: {key}: must be text, not a {type(value).__name__}")
        return str(value)
    raise AssertionError(kind)


def _interpolate(value: Any, path: Path, key: str) -> Any:
    if isinstance(value, dict):
        return {k: _interpolate(v, path, f"{key}.{k}" if key else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, path, f"{key}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str):
        def sub(m: re.Match[str]) -> str:
            name, default = m.group(1), m.group(2)
            if name not in os.environ and default is not None:
                return default
            if name not in os.environ:
                raise ConfigError(f"{path}: {key}: environment variable {name} is not set")
            return os.environ[name]

        return _ENV.sub(sub, value)
    return value

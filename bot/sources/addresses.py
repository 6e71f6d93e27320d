"""Spellings of one mailbox: normalising addresses and hashing them for suppression.

A person writes `John.Doe+news@Gmail.com` on the newsletter form and `johndoe@gmail.com`
in the shop; both reach the same mailbox, so an access or erasure request must find both.
Every comparison in `bot.sources` goes through `normalise`, and the suppression list
stores only `address_hash` of the normalised form (DESIGN.md, "Minimal data").

Settings (optional, top-level key `address_rules`, see `parse_provider_rules`):

    address_rules:
      ignore_tags: [gmail.com, outlook.com, example.com]   # drop "+tag" in the local part
      ignore_dots: [gmail.com]                            # drop "." in the local part
      aliases: {googlemail.com: gmail.com}                # one mailbox, two domains

Lists given there replace the defaults.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.errors import ConfigError

# Providers documented to deliver `local+anything@` to `local@` (sub-addressing,
# RFC 5233 style). Others may treat "+" as a literal character, so we must not guess.
DEFAULT_TAG_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com",
        "outlook.com", "hotmail.com", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com",
        "protonmail.com", "protonmail.ch", "proton.me", "pm.me",
        "fastmail.com", "fastmail.fm",
    }
)
# Only Gmail ignores dots in the local part; Outlook and others do not.
DEFAULT_DOT_DOMAINS = frozenset({"gmail.com"})
DEFAULT_ALIASES: Mapping[str, str] = {"googlemail.com": "gmail.com"}


@dataclass(frozen=True, slots=True)
class ProviderRules:
    """Which mail providers ignore "+tags" and dots, and which domains are one."""

    ignore_tags: frozenset[str] = DEFAULT_TAG_DOMAINS
    ignore_dots: frozenset[str] = DEFAULT_DOT_DOMAINS
    aliases: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ALIASES))

    def canonical_domain(self, domain: str) -> str:
        return self.aliases.get(domain, domain)

    def spellings_of(self, domain: str) -> tuple[str, ...]:
        """Every domain that reaches the same provider as `domain` (for SQL prefilters)."""
        canonical = self.canonical_domain(domain)
        others = sorted(d for d, c in self.aliases.items() if c == canonical)
        return (canonical, *[d for d in others if d != canonical])


DEFAULT_RULES = ProviderRules()


def normalise(address: str, rules: ProviderRules = DEFAULT_RULES) -> str:
    """The canonical spelling of `address`: what two spellings of one mailbox share.

    Never raises: a value that is no address (a column holding junk) comes back
    trimmed and lowered, so it simply matches nothing else.
    """
    value = address.strip().strip("<>").strip().lower()
    local, at, domain = value.rpartition("@")
    if not at or not local:
        return value
    domain = rules.canonical_domain(domain.rstrip("."))
    if domain in rules.ignore_tags or domain in rules.ignore_dots:
        local = local.split("+", 1)[0]
    if domain in rules.ignore_dots:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def ignores_spelling(address: str, rules: ProviderRules = DEFAULT_RULES) -> bool:
    """Whether the provider of the (normalised) address lets other spellings reach it."""
    domain = address.rpartition("@")[2]
    return domain in rules.ignore_tags or domain in rules.ignore_dots


def address_hash(address: str, key: bytes, rules: ProviderRules = DEFAULT_RULES) -> str:
    """Keyed HMAC-SHA256 (hex) of the normalised address: what the suppression list keeps.

    Keyed, not a plain hash, because the space of addresses is small enough to
    enumerate; without the key a leaked list does not reveal who asked for erasure.
    """
    if not key:
        raise ValueError("address_hash needs a non-empty key")
    return hmac.new(key, normalise(address, rules).encode("utf-8"), hashlib.sha256).hexdigest()


def parse_provider_rules(raw: object, where: str = "address_rules") -> ProviderRules:
    """Validate the optional `address_rules` mapping; None gives the defaults."""
    if raw is None:
        return DEFAULT_RULES
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(raw).__name__}")
    unknown = sorted(set(raw) - {"ignore_tags", "ignore_dots", "aliases"})
    if unknown:
        raise ConfigError(f"{where}.{unknown[0]}: unknown key")
    tags = _domains(raw.get("ignore_tags"), f"{where}.ignore_tags", DEFAULT_TAG_DOMAINS)
    dots = _domains(raw.get("ignore_dots"), f"{where}.ignore_dots", DEFAULT_DOT_DOMAINS)
    aliases_raw = raw.get("aliases", DEFAULT_ALIASES)
    if not isinstance(aliases_raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in aliases_raw.items()
    ):
        raise ConfigError(f"{where}.aliases: expected a mapping of domain to domain")
    aliases = {k.lower(): v.lower() for k, v in aliases_raw.items()}
    return ProviderRules(ignore_tags=tags, ignore_dots=dots, aliases=aliases)


def _domains(raw: object, where: str, default: frozenset[str]) -> frozenset[str]:
    if raw is None:
        return default
    if not isinstance(raw, list) or not all(isinstance(d, str) and d for d in raw):
        raise ConfigError(f"{where}: expected a list of domain names")
    return frozenset(d.lower() for d in raw)

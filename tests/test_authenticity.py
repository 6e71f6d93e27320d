"""Signs of a forged From: they flag the case for staff and never shorten verification."""

from __future__ import annotations

from bot.mail.parse import parse
from bot.verify.authenticity import flags
from tests.factory import mail

OURS = "mx.example.org"


def _flags(**headers: str) -> tuple[str, ...]:
    sender = headers.pop("sender", "Alice <alice@example.org>")
    return flags(parse(mail(sender, "Delete my data", "Please erase my data.", **headers)), OURS)


def test_dmarc_fail_from_our_own_server_flags() -> None:
    assert "dmarc-fail" in _flags(Authentication_Results=f"{OURS}; dmarc=fail (p=reject) header.from=example.org")


def test_authentication_results_from_anyone_else_are_ignored() -> None:
    # The sender can write this header itself: it proves nothing either way.
    assert _flags(Authentication_Results="mx.evil.example; dmarc=fail header.from=example.org") == ()
    assert flags(parse(mail(Authentication_Results=f"{OURS}; dmarc=fail")), "") == ()


def test_display_name_holding_another_address_flags() -> None:
    assert "display-name-holds-another-address" in _flags(sender='"ceo@example.org" <mallory@evil.example>')


def test_reply_to_elsewhere_and_envelope_from_another_domain_flag() -> None:
    found = _flags(Reply_To="attacker@evil.example", Return_Path="<bounce@evil.example>")
    assert "reply-to-differs" in found and "envelope-sender-differs" in found


def test_an_ordinary_mail_has_no_flags() -> None:
    assert _flags(Return_Path="<alice@example.org>",
                  Authentication_Results=f"{OURS}; spf=pass; dkim=pass; dmarc=pass") == ()

"""Composing replies: no header injection, loop-safe headers, reply to From only."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage

import pytest

from bot.errors import MailRejected
from bot.mail.compose import Outgoing, compose, reply_subject, safe_header
from bot.mail.parse import parse
from tests.factory import mail

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
INJECTING = "=?utf-8?q?Hello=0D=0ABcc:_attacker@evil.example?="


def test_cve_2024_6923_is_real_in_this_python() -> None:
    """The stdlib itself turns an encoded CR/LF into a new header when folding."""
    msg = EmailMessage()
    msg["To"] = "a@example.org"
    msg["Subject"] = INJECTING + " x" * 40
    bcc_lines = [line for line in msg.as_string().splitlines() if line.lower().startswith("bcc:")]
    if not bcc_lines:
        pytest.skip("this Python has the CVE-2024-6923 fix")
    assert "attacker@evil.example" in bcc_lines[0]


@pytest.mark.parametrize("subject", [INJECTING, "=?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3D0ABcc:_a@evil.example=3F=3D?="])
def test_reply_to_an_injecting_subject_has_no_extra_header(subject: str) -> None:
    incoming = parse(mail(subject=subject))
    out = Outgoing("<m1@example.org>", "PB-2611-ABCDEFGH", "acknowledgement", incoming.from_addr or "",
                   reply_subject(incoming.subject + " x" * 40, "PB-2611-ABCDEFGH"), "body")
    raw = compose(out, "privacy@example.org", NOW)
    msg = message_from_bytes(raw)
    assert msg["Bcc"] is None
    assert "evil.example" not in "".join(f"{k}:{v}" for k, v in msg.items() if k.lower() != "subject")
    assert [k.lower() for k in msg.keys()].count("subject") == 1


@pytest.mark.parametrize("bad", ["a\r\nBcc: x@evil.example", "a\nb", "a\x00b"])
def test_control_characters_in_header_values_are_refused(bad: str) -> None:
    with pytest.raises(MailRejected):
        safe_header(bad, "Subject")


def test_every_reply_is_marked_auto_replied_and_threaded() -> None:
    out = Outgoing("<m1@example.org>", "PB-2611-ABCDEFGH", "acknowledgement", "alice@example.org",
                   "Re: hello [PB-2611-ABCDEFGH]", "body", in_reply_to="<orig@example.org>",
                   references=("<orig@example.org>",))
    msg = message_from_bytes(compose(out, "privacy@example.org", NOW))
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["In-Reply-To"] == "<orig@example.org>" and msg["References"] == "<orig@example.org>"
    assert msg["Message-ID"] == "<m1@example.org>"
    assert msg["To"] == "alice@example.org"


def test_reply_subject_keeps_one_tag_and_one_line() -> None:
    assert reply_subject("Hello\n there", "PB-2611-ABCDEFGH") == "Re: Hello there [PB-2611-ABCDEFGH]"
    assert reply_subject("Re: x [PB-2611-ABCDEFGH]", "PB-2611-ABCDEFGH") == "Re: x [PB-2611-ABCDEFGH]"
    assert reply_subject("", "PB-2611-ABCDEFGH") == "[PB-2611-ABCDEFGH]"

"""Robot mail: bounces, auto-replies, out-of-office, list traffic (never answered).

Headers first (RFC 3834 Auto-Submitted, Precedence, X-Autoreply, List-Id, DSNs per
RFC 3464, the null Return-Path of RFC 5321 §4.5.5), then content.
"""

from __future__ import annotations

import re

from bot.mail.parse import Incoming

_DAEMONS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|noreply-dmarc-support)@", re.I)
_OOO_SUBJECT = re.compile(
    r"(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|abwesenheit|"
    r"afwezig|absence|vacation|delivery status notification|undeliver|returned mail|"
    r"mail delivery failed|delivery failure|réponse automatique|automatisch antwoord|"
    r"automatische antwort)",
    re.I,
)


def detect_automated(mail: Incoming) -> str | None:
    """The reason `mail` was sent by a robot, or None for a person's mail."""
    auto = (mail.header("Auto-Submitted") or "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto.split(';')[0]}"
    precedence = (mail.header("Precedence") or "").strip().lower()
    if precedence in {"bulk", "junk", "list", "auto_reply"}:
        return f"Precedence: {precedence}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id"):
        if mail.header(name) is not None:
            return f"{name} header"
    if mail.content_type == "multipart/report":
        return "multipart/report (delivery or disposition notification)"
    if mail.return_path == "":
        return "empty Return-Path"
    if mail.from_addr and _DAEMONS.match(mail.from_addr):
        return "sent by a mail daemon"
    if _OOO_SUBJECT.search(mail.subject):
        return "auto-reply subject"
    return None

"""Sender authenticity: signs that the From may be forged (they flag, never shorten).

Authentication-Results (RFC 8601) are read only when added by the operator's own
server (`verification.authserv_id`): any other instance of the header may have been
written by the sender. A failed DMARC, a display name that holds another address
("alice@bank.example" <mallory@evil.example>), or a Return-Path whose domain differs
from From's flag the case for staff; verification by email still runs in full.
"""

from __future__ import annotations

import re

from bot.mail.parse import Incoming

_ADDR_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def flags(mail: Incoming, authserv_id: str) -> tuple[str, ...]:
    found: list[str] = []
    if authserv_id:
        for value in mail.header_all("Authentication-Results"):
            server = value.split(";", 1)[0].strip().lower()
            if server != authserv_id.lower():
                continue  # written by someone else on the way: not evidence
            if re.search(r"\bdmarc\s*=\s*fail\b", value, re.IGNORECASE):
                found.append("dmarc-fail")
            elif re.search(r"\bspf\s*=\s*fail\b", value, re.IGNORECASE) and re.search(r"\bdkim\s*=\s*(fail|none)\b", value, re.IGNORECASE):
                found.append("spf-and-dkim-fail")
    for shown in _ADDR_IN_TEXT.findall(mail.from_display or ""):
        if shown.lower() != (mail.from_addr or ""):
            found.append("display-name-holds-another-address")
            break
    if mail.reply_to and mail.from_addr and mail.reply_to != mail.from_addr:
        # Never used for replies; shown so staff see who hoped to receive the answer.
        found.append("reply-to-differs")
    if mail.return_path and mail.from_addr:
        rp_domain = mail.return_path.rpartition("@")[2]
        from_domain = mail.from_addr.rpartition("@")[2]
        if rp_domain and not (rp_domain == from_domain or rp_domain.endswith("." + from_domain)
                              or from_domain.endswith("." + rp_domain)):
            found.append("envelope-sender-differs")
    return tuple(dict.fromkeys(found))

"""The verification challenge: planned at intake, answered by link or by reply.

The challenge goes to the single From address of the request: never to Reply-To, a
display name or an address in the body (a forged From then reaches the victim, who
ignores or refuses it). It says the same whether or not data is held on the address.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from bot.cases.model import Case, advance, note
from bot.cases.transitions import CaseEvent, CaseState
from bot.verify import tokens


@dataclass(frozen=True, slots=True)
class ChallengeIssue:
    case: Case
    token: str  # goes into the link, never stored
    code: str  # goes into the mail, never stored
    record: tokens.TokenRecord


def issue(case: Case, secret: bytes, now: datetime, ttl_days: float, reissue: bool = False) -> ChallengeIssue:
    """A new link and code; with reissue (a reminder) the case stays where it is."""
    ttl = timedelta(days=ttl_days)
    token, record = tokens.issue(secret, "verify", case.id, now, ttl)
    code = tokens.new_code()
    data = {
        **case.data,
        "challenge": {
            "token_digest": record.digest,
            "code_digest": tokens.digest(secret, code),
            "sent_at": now.isoformat(timespec="seconds"),
            "expires_at": record.expires_at,
            "attempts": 0,
        },
    }
    case = replace(case, data=data)
    if not reissue:
        case = advance(case, CaseEvent.CHALLENGE_SENT, now, reason="challenge sent to the From address")
    return ChallengeIssue(case, token, code, record)


def reply_attempt(case: Case, text: str, secret: bytes, now: datetime, max_attempts: int) -> tuple[Case, bool]:
    """A threaded reply from the case's address: verified if it carries the code."""
    info: dict[str, Any] = dict(case.data.get("challenge") or {})
    if case.state is not CaseState.AWAITING_VERIFICATION or not info:
        return case, False
    if info.get("expires_at") and now.isoformat(timespec="seconds") >= info["expires_at"]:
        return note(case, now, "code_refused", actor="requester", reason="challenge expired"), False
    if info.get("attempts", 0) >= max_attempts:
        return note(case, now, "code_refused", actor="requester", reason="too many attempts"), False
    if tokens.code_matches(secret, text, info["code_digest"]):
        info["used"] = True
        case = replace(case, data={**case.data, "challenge": info})
        return advance(case, CaseEvent.VERIFIED, now, actor="requester", reason="code in a reply"), True
    info["attempts"] = info.get("attempts", 0) + 1
    case = replace(case, data={**case.data, "challenge": info})
    return note(case, now, "code_refused", actor="requester", reason="no valid code in the reply"), False

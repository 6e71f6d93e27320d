"""The ordered filter chain (pure: values in, a Decision out).

The first filter that decides wins; the order is the point (Zammad's and Mailman's
lesson): our own mail first, so we never answer ourselves; robots before anything
else reads the content, so no robot is ever answered; follow-ups before classification,
so a reply to a challenge is not taken for a new request; sender identity before
classification, so a request without one usable address goes to staff.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from bot.categories import REQUESTS, Category
from bot.mail.parse import Incoming
from bot.rules import Classifier, Verdict, detect_automated
from bot.rules.smsrelay import Relay, sms_relay

_CASE_TAG = re.compile(r"\[(PB-\d{4}-[23456789A-HJ-NP-Z]{8})\]")


class Kind(StrEnum):
    OWN_LOOP = "own_loop"
    AUTOMATED = "automated"
    FOLLOW_UP = "follow_up"
    NO_SENDER = "no_sender"
    REQUEST = "request"
    OTHER = "other"
    UNCLEAR = "unclear"


@dataclass(frozen=True, slots=True)
class Decision:
    kind: Kind
    reason: str
    filter: str
    case_id: str = ""
    verdict: Verdict | None = None
    flags: tuple[str, ...] = field(default=())
    relay: Relay | None = None  # robot mail carrying a person's SMS (flag "sms-relay")


@dataclass(frozen=True, slots=True)
class MailContext:
    """What the filters may look up, injected so they stay pure."""

    own_addresses: frozenset[str]
    case_of_thread: Callable[[str], str | None]
    case_address: Callable[[str], str | None]
    classifier: Classifier
    threshold: float = 0.5


class Filter(Protocol):
    name: str
    description: str

    def __call__(self, mail: Incoming, ctx: MailContext) -> Decision | None: ...


@dataclass(frozen=True, slots=True)
class _Filter:
    name: str
    description: str
    fn: Callable[[Incoming, MailContext], Decision | None]

    def __call__(self, mail: Incoming, ctx: MailContext) -> Decision | None:
        return self.fn(mail, ctx)


def _own_loop(mail: Incoming, ctx: MailContext) -> Decision | None:
    if mail.header("X-Privacy-Bot-Case") is not None:
        return Decision(Kind.OWN_LOOP, "carries our X-Privacy-Bot-Case header", "own-loop")
    if mail.from_addr and mail.from_addr in ctx.own_addresses:
        return Decision(Kind.OWN_LOOP, "sent from our own address", "own-loop")
    return None


def _automated(mail: Incoming, ctx: MailContext) -> Decision | None:
    reason = detect_automated(mail)
    if not reason:
        return None
    relay = sms_relay(mail)
    if relay is None:
        return Decision(Kind.AUTOMATED, reason, "automated")
    # Still robot mail, never answered (a reply reaches the gateway, not the phone), but
    # the person's text in it is a request: the flow opens a case for staff.
    return Decision(Kind.AUTOMATED, f"{reason}; relays an SMS reply", "automated",
                    verdict=_relayed_request(relay, ctx.classifier), flags=("sms-relay",), relay=relay)


def _relayed_request(relay: Relay, classifier: Classifier) -> Verdict:
    """What the relayed text asks, read by the rules; a withdrawal of consent when they
    find no request in it (an answer to a marketing SMS, "STOP" and the like)."""
    verdict = classifier.classify_text("", relay.text)
    if verdict.category in REQUESTS and not verdict.model_only:
        return verdict
    return replace(verdict, category=Category.WITHDRAW_CONSENT, categories=(Category.WITHDRAW_CONSENT,),
                   hits=(*verdict.hits, "sms-relay: no request read, withdrawal of consent assumed"))


def _follow_up(mail: Incoming, ctx: MailContext) -> Decision | None:
    for msgid in (*mail.in_reply_to, *reversed(mail.references)):
        case_id = ctx.case_of_thread(msgid)
        if case_id:
            return Decision(Kind.FOLLOW_UP, "replies to a mail of the case", "follow-up", case_id=case_id)
    match = _CASE_TAG.search(mail.subject)
    if match and mail.from_addr:
        # A case tag alone is forgeable: it counts only from the case's own address.
        if ctx.case_address(match.group(1)) == mail.from_addr:
            return Decision(Kind.FOLLOW_UP, "case tag in the subject", "follow-up", case_id=match.group(1))
    return None


def _sender(mail: Incoming, ctx: MailContext) -> Decision | None:
    if mail.from_addr is None:
        what = "no From address" if mail.from_count == 0 else f"From holds {mail.from_count} addresses"
        if mail.from_count == 1:
            what = "From address is not a valid addr-spec"
        return Decision(Kind.NO_SENDER, what, "sender-identity")
    return None


def _classify(mail: Incoming, ctx: MailContext) -> Decision | None:
    verdict = ctx.classifier.classify(mail, robots_checked=True)
    if verdict.model_only:  # staff decide; nothing is sent on the text model's word alone
        what = "robot mail" if verdict.category is Category.AUTOMATED else str(verdict.category)
        return Decision(Kind.OTHER, f"no request found by the rules; the text model reads {what}", "classify",
                        verdict=verdict)
    if verdict.category is Category.AUTOMATED:
        return Decision(Kind.AUTOMATED, "content reads as robot mail", "classify", verdict=verdict)
    if verdict.category is Category.OTHER:
        return Decision(Kind.OTHER, "no privacy request found", "classify", verdict=verdict)
    if verdict.confidence < ctx.threshold:
        return Decision(Kind.UNCLEAR, f"confidence {verdict.confidence:.2f} below threshold", "classify", verdict=verdict)
    return Decision(Kind.REQUEST, f"{verdict.category} (confidence {verdict.confidence:.2f})", "classify", verdict=verdict)


FILTERS: tuple[_Filter, ...] = (
    # Our own mail, looped back by a forward or a list: never answer ourselves.
    _Filter("own-loop", "mail the bot sent itself, come back", _own_loop),
    # Robots next: nothing a robot sends may be answered (RFC 3834), and a bounce of
    # our own reply must not be taken for a new request.
    _Filter("automated", "bounces, auto-replies, out-of-office, list traffic", _automated),
    # A reply to a challenge or a reminder belongs to its case, not a new one.
    _Filter("follow-up", "replies to an open case (In-Reply-To, References, case tag)", _follow_up),
    # Without exactly one usable From address there is nobody to verify or answer.
    _Filter("sender-identity", "one valid From address to answer", _sender),
    # Last: read what the person asks.
    _Filter("classify", "what the mail asks for (rules/ + spaCy)", _classify),
)


def decide(mail: Incoming, ctx: MailContext) -> Decision:
    for step in FILTERS:
        decision = step(mail, ctx)
        if decision is not None:
            return decision
    raise AssertionError("the classify filter always decides")

"""A person's SMS reply relayed by an SMS-to-mail gateway: recognised, never answered,
and handed to staff as a case (bot/rules/smsrelay.py, the `automated` filter, plan_relay).

The four relays are real corpus mails; the look-alikes that must stay plain robot mail
(a delivery report, an opt-out summary, a low-credit notice, a 2FA code, an
out-of-office, a DSN) are written here, each close to a relay in some way.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.cases.transitions import CaseState
from bot.mail.parse import parse
from bot.pipeline.filters import Kind, MailContext, decide
from bot.rules import Classifier, detect_automated
from bot.rules.smsrelay import Relay, sms_relay
from tests.weblinks import Site, running_bot

TESTS = Path(__file__).parent
RELAYS = {
    "corpus_thirtyfourth/withdraw_consent/bg-person-sms-gateway-stop-reply-059.eml": Relay(
        "+359888412907", "BG-Loyalty-Nov26",
        "СТОП. Не искам повече такива съобщения, моля махнете номера ми от списъка."),
    "corpus_thirtyseventh/withdraw_consent/it-person-sms-gateway-stop-reply-027.eml": Relay(
        "+393478124409", "BF2026-IT-PROMO", "STOP. Non mandatemi più questi sms, non li ho mai chiesti"),
    "corpus_thirtyeighth/withdraw_consent/pl-person-sms-stop-via-gateway-035.eml": Relay(
        "+48 601 ***418", "Listopadowe rabaty -20% (ID 228814)",
        "STOP. I nie piszcie do mnie wiecej, nigdy sie nie zapisywalem na zadne smsy od was"),
    "corpus_thirtyninth/withdraw_consent/pl-person-stop-reply-through-sms-to-mail-gateway-035.eml": Relay(
        "+32 471 55 82 03", "HERFST26-SCHOOL",
        "STOP. Nie chcę więcej tych SMS-ów, nigdy się na nie nie zapisywałam. Proszę usunąć mój numer z listy."),
}
GATEWAY_MAIL = TESTS / "corpus_thirtyninth/withdraw_consent/pl-person-stop-reply-through-sms-to-mail-gateway-035.eml"
GATEWAY = "32471558203@reply.smsrelay.eu"


def _gateway(subject: str, body: str, sender: str = "SMS Gateway <no-reply@gw.sms.example>",
             **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@shop.example.be"
    msg["Subject"] = subject
    msg["Message-ID"] = "<gw.1@gw.sms.example>"
    for name, value in {"Auto_Submitted": "auto-generated", **headers}.items():
        if value:
            msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def _dsn() -> bytes:
    """A Postfix bounce (multipart/report, RFC 3464) that quotes a relay it could not deliver."""
    return (
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>\n"
        "To: privacy@shop.example.be\nSubject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=UTF-8\n\n"
        "This is the mail system at host mx1.shop.example.be.\n\n"
        "I'm sorry to have to inform you that your message could not be delivered.\n\n"
        "<sms-inbox@shop.example.be>: mailbox full\n\n"
        "Subject: Inbound SMS reply from +32471558203\nFrom: +32 471 55 82 03\n"
        "Message: STOP\n\n"
        "--b1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.shop.example.be\n\n"
        "Final-Recipient: rfc822; sms-inbox@shop.example.be\nAction: failed\nStatus: 5.2.2\n\n"
        "--b1--\n"
    ).encode()


LOOK_ALIKES = {
    # numbers and a message block, but about texts we sent: nothing names an inbound SMS
    "delivery report": _gateway(
        "SMS delivery report for +32471558203 [HERFST26-SCHOOL]",
        "Your SMS was delivered.\n\nTo:        +32 471 55 82 03\nFrom:      +32 460 20 41 55\n"
        "Status:    DELIVERED\nCampaign:  HERFST26-SCHOOL\n\nMessage:\nShop Example: -20% op alle "
        "schoolspullen t/m 8/11. Stop? Antwoord STOP\n"),
    # many senders: a list of opt-outs, which the platform has already applied
    "opt-out summary": _gateway(
        "Inbound SMS replies with STOP (3)",
        "Inbound SMS replies to your campaigns yesterday:\n\nFrom: +32 471 55 82 03\nMessage: STOP\n\n"
        "From: +39 347 812 4409\nMessage: STOP grazie\n\nFrom: +48 601 ***418\nMessage: STOP\n\n"
        "The numbers were added to your blacklist.\n"),
    # one row, but the subject says it is a summary
    "one-row opt-out summary": _gateway(
        "Daily opt-out summary: 1 SMS reply with STOP",
        "Inbound SMS replies with an opt-out keyword, 08.11.2026:\n\nFrom: +32 471 55 82 03\n"
        "Message: STOP\n\nThe number was added to your blacklist automatically.\n"),
    # names inbound SMS, but no sender number and no message block
    "low-credit notice": _gateway(
        "Low credit: 48 SMS left on account SHOPEXAMPLE",
        "Your SMS credit is low: 48 SMS left.\nIncoming SMS replies are still forwarded to this address.\n"
        "Top up at https://panel.sms.example/billing\n"),
    # a code sent by SMS, echoed by mail
    "2FA code": _gateway(
        "Your verification code",
        "Your SMS verification code is 482913.\nIt was sent to +32 471 55 82 03 and expires in 10 minutes.\n"
        "Message: do not share this code with anyone.\n"),
    "out-of-office": _gateway(
        "Automatic reply: SMS reply from +32471558203",
        "I am out of the office until 16 November with no access to e-mail.\n"
        "For SMS campaign questions write to marketing@shop.example.be.\n",
        sender="Piet Janssens <piet.janssens@shop.example.be>", Auto_Submitted="auto-replied"),
    "DSN": _dsn(),
}


@pytest.mark.parametrize("name", sorted(RELAYS))
def test_a_gateway_relayed_sms_is_recognised(name: str) -> None:
    assert sms_relay(parse((TESTS / name).read_bytes())) == RELAYS[name]


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_an_sms_platform_s_other_robot_mail_is_no_relay(name: str) -> None:
    mail = parse(LOOK_ALIKES[name])
    assert detect_automated(mail) is not None  # robot mail all the same
    assert sms_relay(mail) is None


def test_a_person_writing_in_the_relay_layout_is_no_relay() -> None:
    """Only machine mail relays: a person's own mail goes through classification."""
    raw = GATEWAY_MAIL.read_bytes().replace(b"Auto-Submitted: auto-generated\n", b"")
    assert sms_relay(parse(raw)) is None


def test_the_number_may_come_from_the_subject_and_the_campaign_from_a_header() -> None:
    raw = _gateway("Incoming SMS from +44 7700 900123", "Message: Please remove my number\n",
                   X_Gateway_Campaign="WINTER-UK")
    assert sms_relay(parse(raw)) == Relay("+44 7700 900123", "WINTER-UK", "Please remove my number")


# -- the filter chain --------------------------------------------------------------------


@pytest.fixture(scope="module")
def ctx() -> MailContext:
    return MailContext(frozenset({"privacy@shop.example.be"}), lambda _: None, lambda _: None,
                       Classifier(sets=[]))


def test_a_relay_stays_robot_mail_with_the_carried_request(ctx: MailContext) -> None:
    decision = decide(parse(GATEWAY_MAIL.read_bytes()), ctx)
    assert decision.kind is Kind.AUTOMATED and decision.flags == ("sms-relay",)
    assert decision.relay == RELAYS[str(GATEWAY_MAIL.relative_to(TESTS))]
    assert decision.verdict is not None and decision.verdict.category == "withdraw_consent"


def test_the_carried_text_says_what_is_asked(ctx: MailContext) -> None:
    raw = _gateway("Inbound SMS from +32471558203",
                   "From: +32471558203\nMessage:\nSend me a copy of all personal data you hold about me\n")
    decision = decide(parse(raw), ctx)
    assert decision.verdict is not None and decision.verdict.category == "access"


def test_a_text_that_asks_nothing_reads_as_withdrawal(ctx: MailContext) -> None:
    decision = decide(parse(_gateway("Inbound SMS from +32471558203",
                                     "From: +32471558203\nMessage:\nWho is this?\n")), ctx)
    assert decision.kind is Kind.AUTOMATED and decision.relay is not None
    assert decision.verdict is not None and decision.verdict.category == "withdraw_consent"


def test_other_robot_mail_carries_no_relay(ctx: MailContext) -> None:
    decision = decide(parse(LOOK_ALIKES["delivery report"]), ctx)
    assert decision.kind is Kind.AUTOMATED and decision.relay is None and decision.flags == ()


# -- end to end: real Dovecot and aiosmtpd -------------------------------------------------


@pytest.fixture
def site(dovecot, smtp_sink, tmp_path: Path):
    with running_bot(dovecot, smtp_sink, tmp_path) as running:
        yield running


def test_a_relayed_sms_reaches_staff_and_nobody_else(site: Site) -> None:
    relay, report = site.deliver(GATEWAY_MAIL.read_bytes(), LOOK_ALIKES["delivery report"])
    assert relay.kind == "automated" and report.kind == "automated"
    assert site.dovecot.list_uids("INBOX") == [] and len(site.dovecot.list_uids("Processed")) == 2

    assert report.case_id == ""  # plain robot mail: kept, nothing else
    case = site.case(relay.case_id)
    assert case.state is CaseState.NEEDS_HUMAN
    assert case.category == "withdraw_consent" and "sms-relay" in case.flags
    assert case.address == ""  # nothing can ever be mailed to the gateway from this case
    escalation = case.events[-1].reason
    assert "+32 471 55 82 03" in escalation and "HERFST26-SCHOOL" in escalation
    assert "Proszę usunąć mój numer z listy" in escalation and "no mail reply is possible" in escalation

    (sent,) = site.sink.messages  # exactly one mail out, to staff
    assert sent.rcpt_tos == ["dpo@example.org"]
    assert GATEWAY not in site.recipients() and "no-reply@gw.sms.example" not in site.recipients()
    assert "relayed SMS from +32 471 55 82 03" in str(sent.message["Subject"])
    text = sent.message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Campaign: HERFST26-SCHOOL" in text and "Proszę usunąć mój numer z listy" in text

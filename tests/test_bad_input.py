"""Bad input through the real loop: each mail ends in a clear outcome, the loop goes on."""

from __future__ import annotations

from pathlib import Path

from bot.app import Bot
from tests.factory import mail, settings_for

HEAD = b"From: alice@example.org\r\nTo: privacy@example.org\r\nSubject: test\r\nMessage-ID: <%d@x.example>\r\n"


def _many_parts(n: int) -> bytes:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart\r\n" for _ in range(n))
    return HEAD % 1 + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"


def _deep(n: int) -> bytes:
    body = b"Content-Type: text/plain\r\n\r\nleaf\r\n"
    for i in range(n):
        body = b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n%s--b%d--\r\n' % (i, i, body, i)
    return HEAD % 2 + b"MIME-Version: 1.0\r\n" + body


BAD = {
    "malformed-mime": HEAD % 3 + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="never"\r\n\r\nno parts at all',
    "unknown-charset": HEAD % 4 + b"Content-Type: text/plain; charset=x-klingon-99\r\n\r\nDelete my data please \xff\xfe",
    "8bit-headers": b"From: J\xc3\xbcrgen <juergen@example.de>\r\nTo: privacy@example.org\r\nSubject: L\xf6schung meiner Daten\r\n"
                    b"Message-ID: <5@x.example>\r\n\r\nBitte l\xf6schen Sie meine Daten.\r\n",
    "missing-from": b"To: privacy@example.org\r\nSubject: delete my data\r\nMessage-ID: <6@x.example>\r\n\r\nPlease delete my data.\r\n",
    "50000-parts": _many_parts(50_000),
    "2000-deep": _deep(2000),
    "30MB": HEAD % 7 + b"Content-Type: text/plain\r\n\r\n" + (b"x" * 998 + b"\r\n") * 30_000,
    "header-injection": mail(subject="=?utf-8?q?Delete_my_data=0D=0ABcc:_attacker@evil.example?=",
                             body="Please erase all my personal data."),
}
GOOD = mail("Zoe <zoe@example.org>", "Request under Article 15 GDPR")


def test_each_bad_mail_ends_in_a_clear_outcome_and_the_loop_goes_on(dovecot, smtp_sink, tmp_path: Path) -> None:
    for raw in BAD.values():
        dovecot.append(raw)
    dovecot.append(GOOD)
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path))
    try:
        bot.run(once=True)
    finally:
        bot.close()

    assert dovecot.list_uids("INBOX") == []
    outcomes = dict(zip([*BAD, "good"], bot.outcomes, strict=True))
    for name in ("50000-parts", "2000-deep", "30MB"):
        assert outcomes[name].kind == "quarantined", name
        assert outcomes[name].folder == "Quarantine"
        assert outcomes[name].reason  # says which limit
    assert "MIME parts" in outcomes["50000-parts"].reason
    assert "nesting" in outcomes["2000-deep"].reason
    assert "size" in outcomes["30MB"].reason
    assert outcomes["missing-from"].kind == "no_sender" and outcomes["missing-from"].folder == "Quarantine"
    for name in ("malformed-mime", "unknown-charset", "8bit-headers", "header-injection", "good"):
        assert outcomes[name].folder == "Processed", (name, outcomes[name])
    assert all(o.case_id for o in bot.outcomes)  # every one recorded in a case staff can see
    assert len(dovecot.list_uids("Quarantine")) == 4

    sent = smtp_sink.wait_for(1)
    for m in sent:
        assert m.message["Bcc"] is None
        assert "attacker@evil.example" not in m.rcpt_tos
    assert "zoe@example.org" in {r for m in sent for r in m.rcpt_tos}

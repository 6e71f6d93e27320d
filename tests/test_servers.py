"""Smoke tests: each server fixture is real and behaves as the other tests expect."""

from __future__ import annotations

import asyncio
import threading
import time
from email.message import EmailMessage

import aiosmtplib
import pytest

from tests.servers.smtp import DROP


def _mail(n: int, subject: str = "Access request") -> bytes:
    return (f"From: alice{n}@example.org\r\nTo: privacy@example.org\r\n"
            f"Subject: {subject} {n}\r\nMessage-ID: <m{n}@example.org>\r\n\r\n"
            f"Please send me my data. ({n})\r\n").encode()


# ---- Dovecot ---------------------------------------------------------------

def test_dovecot_append_and_read_back(dovecot):
    assert dovecot.host == "127.0.0.1"
    uids = [dovecot.append(_mail(1)), dovecot.append(_mail(2))]
    assert uids == [1, 2]
    assert dovecot.list_uids("INBOX") == uids
    assert dovecot.fetch_all("INBOX") == [_mail(1), _mail(2)]
    with dovecot.connect() as c:  # plain imapclient, as the bot will use it
        c.select_folder("INBOX")
        data = c.fetch(uids, ["ENVELOPE", "FLAGS"])
        assert [data[u][b"ENVELOPE"].subject for u in uids] == [b"Access request 1",
                                                                 b"Access request 2"]
        assert all(b"\\Seen" not in data[u][b"FLAGS"] for u in uids)
        assert {b"IDLE", b"MOVE", b"UIDPLUS"} <= set(c.capabilities())


def test_dovecot_idle_sees_new_mail(dovecot):
    with dovecot.connect() as c:
        c.select_folder("INBOX")
        c.idle()
        t0 = time.monotonic()
        threading.Thread(target=dovecot.append, args=(_mail(1),)).start()
        responses = c.idle_check(timeout=10)
        c.idle_done()
        assert (1, b"EXISTS") in responses, responses
        assert time.monotonic() - t0 < 10


def test_dovecot_move(dovecot):
    dovecot.append(_mail(1))
    dovecot.append(_mail(2))
    dovecot.create_folder("Processed")
    with dovecot.connect() as c:
        c.select_folder("INBOX")
        c.move([1], "Processed")
    assert dovecot.list_uids("INBOX") == [2]
    assert dovecot.fetch_all("Processed") == [_mail(1)]
    assert {"INBOX", "Processed"} <= set(dovecot.folders())


def test_dovecot_restart_keeps_port_and_mail(dovecot):
    dovecot.append(_mail(1))
    port = dovecot.port
    client = dovecot.connect()
    client.select_folder("INBOX")
    dovecot.restart()
    assert dovecot.port == port
    with pytest.raises(Exception):  # the old connection is gone
        client.noop()
    assert dovecot.fetch_all("INBOX") == [_mail(1)]
    assert dovecot.append(_mail(2)) == 2


# ---- SMTP sink -----------------------------------------------------------------

def _message(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "privacy@example.org"
    msg["To"] = f"alice{n}@example.org"
    msg["Subject"] = f"Your request {n}"
    msg.set_content(f"Reply {n}")
    return msg


def _send(sink, msg, **kw):
    return asyncio.run(aiosmtplib.send(msg, hostname=sink.host, port=sink.port,
                                       start_tls=False, timeout=10, **kw))


def test_smtp_sink_records(smtp_sink):
    _send(smtp_sink, _message(1), username="bot", password="bot-pw")
    _send(smtp_sink, _message(2), recipients=["bob@example.org", "carol@example.org"])
    first, second = smtp_sink.wait_for(2, timeout=5)
    assert first.mail_from == "privacy@example.org"
    assert first.rcpt_tos == ["alice1@example.org"]
    assert first.login == "bot"
    assert first.message["Subject"] == "Your request 1"
    assert first.message.get_content().strip() == "Reply 1"
    assert b"Subject: Your request 1" in first.raw
    assert second.rcpt_tos == ["bob@example.org", "carol@example.org"]
    assert second.login is None


def test_smtp_sink_wrong_password(smtp_sink):
    with pytest.raises(aiosmtplib.SMTPAuthenticationError):
        _send(smtp_sink, _message(1), username="bot", password="wrong")
    assert smtp_sink.attempts == []


def test_smtp_sink_plan_451_then_250(smtp_sink):
    smtp_sink.plan(["451 4.3.0 try later", "250"])
    with pytest.raises(aiosmtplib.SMTPResponseException) as err:
        _send(smtp_sink, _message(1))
    assert err.value.code == 451
    _send(smtp_sink, _message(1))
    _send(smtp_sink, _message(2))  # plan exhausted: accepted
    assert [m.message["Subject"] for m in smtp_sink.wait_for(2)] == ["Your request 1",
                                                                     "Your request 2"]
    assert [a.response[:3] for a in smtp_sink.attempts] == ["451", "250", "250"]


def test_smtp_sink_always_and_rcpt_stage(smtp_sink):
    smtp_sink.always("550 5.1.1 no such user", stage="RCPT")
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused):
        _send(smtp_sink, _message(1))
    smtp_sink.always(None, stage="RCPT")
    smtp_sink.always("554 5.7.1 rejected")
    for _ in range(2):
        with pytest.raises(aiosmtplib.SMTPResponseException) as err:
            _send(smtp_sink, _message(1))
        assert err.value.code == 554
    assert smtp_sink.messages == [] and len(smtp_sink.attempts) == 2
    with pytest.raises(TimeoutError):
        smtp_sink.wait_for(1, timeout=0.2)


def test_smtp_sink_drop(smtp_sink):
    smtp_sink.plan([DROP])

    async def two_on_one_connection():
        async with aiosmtplib.SMTP(hostname=smtp_sink.host, port=smtp_sink.port,
                                   start_tls=False, timeout=10) as smtp:
            with pytest.raises(aiosmtplib.SMTPResponseException) as err:
                await smtp.send_message(_message(1))
            assert err.value.code == 421
            await asyncio.sleep(0.1)
            with pytest.raises(aiosmtplib.SMTPException):  # the connection is gone
                await smtp.send_message(_message(2))

    asyncio.run(two_on_one_connection())
    _send(smtp_sink, _message(3))  # a new connection works
    assert [m.message["Subject"] for m in smtp_sink.wait_for(1)] == ["Your request 3"]


# ---- PostgreSQL ------------------------------------------------------------------

def test_postgres_select_1(postgres):
    sqlalchemy = pytest.importorskip("sqlalchemy")
    assert postgres.url.startswith("postgresql+psycopg2://")
    assert "@127.0.0.1:" in postgres.url
    engine = sqlalchemy.create_engine(postgres.new_database())
    try:
        with engine.connect() as conn:
            assert conn.execute(sqlalchemy.text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()

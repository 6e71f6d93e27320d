"""Start pymap (IMAP) and an SMTP sink on loopback, load sample mail, run the bot once."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import imapclient
from aiosmtpd.controller import Controller

from bot.demo.samples import sample_mails
from bot.settings import from_mapping


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SinkHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))  # type: ignore[attr-defined]
        return "250 OK"


def _wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


def run_demo(keep_running: bool = False) -> int:
    from bot.app import Bot

    work = Path(tempfile.mkdtemp(prefix="privacy-bot-demo-"))
    imap_port, smtp_port, web_port = free_port(), free_port(), free_port()
    imap = subprocess.Popen(
        [sys.executable, "-c", "from pymap.main import main; main()", "--host", "127.0.0.1", "--port", str(imap_port), "--no-tls",
         "dict", "--demo-user", "privacy@example.com", "--demo-password", "demo"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    handler = SinkHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    try:
        _wait_port(imap_port)
        print(f"IMAP server (pymap) on 127.0.0.1:{imap_port}, SMTP sink on 127.0.0.1:{smtp_port}")
        samples = sample_mails()
        client = imapclient.IMAPClient("127.0.0.1", port=imap_port, ssl=False)
        client.login("privacy@example.com", "demo")
        for _, raw in samples:
            client.append("INBOX", raw)
        client.logout()
        print(f"appended {len(samples)} sample mails to INBOX\n")
        settings = from_mapping({
            "mailbox": {"host": "127.0.0.1", "port": imap_port, "ssl": "false", "username": "privacy@example.com",
                        "password": "demo", "idle": False, "poll_seconds": 1},
            "smtp": {"host": "127.0.0.1", "port": smtp_port, "ssl": "false", "from": "privacy@example.com"},
            "store": {"path": str(work / "store")},
            "web": {"host": "127.0.0.1", "port": web_port},
            "company": {"name": "Example Company", "staff_address": "dpo@example.com", "secret_key": "demo-secret"},
        }, work / "settings.yaml")
        bot = Bot(settings)
        try:
            bot.run(once=True)
            _report(bot, samples, handler)
            if keep_running:
                print("\nservers keep running; press Ctrl-C to stop")
                while True:
                    time.sleep(1)
        finally:
            bot.close()
    except KeyboardInterrupt:
        pass
    finally:
        smtp.stop()
        imap.terminate()
        imap.wait(timeout=10)
    print(f"\nstore kept in {work / 'store'}")
    return 0


def _report(bot: object, samples: list[tuple[str, bytes]], sink: SinkHandler) -> None:
    from email import message_from_bytes

    outcomes = bot.outcomes  # type: ignore[attr-defined]
    print(f"{'mail':<50} {'outcome':<11} {'folder':<11} case / reason")
    for (label, _), outcome in zip(samples, outcomes, strict=False):
        print(f"{label:<50} {outcome.kind:<11} {outcome.folder:<11} {outcome.case_id or outcome.reason}")
    print(f"\n{len(sink.messages)} mails left through SMTP:")
    for _, rcpts, raw in sink.messages:
        msg = message_from_bytes(raw)
        print(f"  to {', '.join(rcpts):<32} {msg['Subject']}")

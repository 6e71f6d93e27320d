"""`privacy-bot demo`: the whole story on loopback with nothing but pip install.

Starts pymap (IMAP), an SMTP sink and the web endpoints on 127.0.0.1, builds the
sample company (SQLite), loads sample mail, runs the bot, lets the requesters confirm
through the verification links, approves the drafts as staff, and prints each step.
"""

from __future__ import annotations

import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import imapclient
import yaml
from aiosmtpd.controller import Controller

from bot.demo.samples import sample_mails
from bot.sources.dump import dump_sources
from bot.sources.sample_company import build_sample_company
from bot.staff_cli import add_staff

_LINK = re.compile(r"https?://\S+/verify/([A-Za-z0-9_-]+)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SinkHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        raw = bytes(envelope.content)  # type: ignore[attr-defined]
        msg = message_from_bytes(raw, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), msg))  # type: ignore[attr-defined]
        return "250 OK"


def _wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


def _settings(work: Path, imap_port: int, smtp_port: int, web_port: int) -> Path:
    sources = dump_sources(build_sample_company(work / "company"))
    data = {
        "mailbox": {"host": "127.0.0.1", "port": imap_port, "ssl": False, "username": "privacy@example.com",
                    "password": "demo", "idle": False, "poll_seconds": 1},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "ssl": False, "from": "privacy@example.com"},
        "store": {"path": str(work / "store")},
        "web": {"host": "127.0.0.1", "port": web_port, "base_url": f"http://127.0.0.1:{web_port}"},
        "company": {"name": "Example Company", "staff_address": "dpo@example.com", "secret_key": "demo-secret"},
        "sources": sources,
    }
    path = work / "settings.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def run_demo(keep_running: bool = False) -> int:
    from bot.app import Bot
    from bot.settings import load

    work = Path(tempfile.mkdtemp(prefix="privacy-bot-demo-"))
    imap_port, smtp_port, web_port = free_port(), free_port(), free_port()
    imap = subprocess.Popen(
        [sys.executable, "-c", "from pymap.main import main; main()", "--host", "127.0.0.1", "--port",
         str(imap_port), "--no-tls", "dict", "--demo-user", "privacy@example.com", "--demo-password", "demo"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    sink = SinkHandler()
    smtp = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    web = None
    try:
        _wait_port(imap_port)
        settings = load(_settings(work, imap_port, smtp_port, web_port))
        bot = Bot(settings)
        web = bot.start_web()
        print(f"IMAP (pymap) 127.0.0.1:{imap_port} · SMTP sink 127.0.0.1:{smtp_port} · web {settings.web_base_url}")
        print(f"sample company: {work / 'company'} (CRM, newsletter, website accounts, shop)\n")
        samples = sample_mails()
        client = imapclient.IMAPClient("127.0.0.1", port=imap_port, ssl=False)
        client.login("privacy@example.com", "demo")
        for _, raw in samples:
            client.append("INBOX", raw)
        client.logout()
        print(f"1. {len(samples)} mails arrive in INBOX; the bot reads and sorts them:\n")
        try:
            bot.run(once=True)
            _report_mail(bot, samples)
            _report_sent(sink, 0, "2. What left through SMTP")
            seen = len(sink.messages)
            _confirm(bot, sink)
            _approve(bot)
            bot.flush_outbox()
            _report_sent(sink, seen, "5. Replies after approval")
            password = secrets.token_urlsafe(9)
            add_staff(settings.store_path, "demo", password)
            print(f"\nThe staff desk: {settings.web_base_url}/desk  (login demo / {password})")
            if keep_running:
                print("servers keep running; press Ctrl-C to stop")
                while True:
                    time.sleep(1)
        finally:
            bot.close()
    except KeyboardInterrupt:
        pass
    finally:
        if web is not None:
            web.stop()
        smtp.stop()
        imap.terminate()
        imap.wait(timeout=10)
    print(f"\nstore and settings kept in {work}")
    return 0


def _report_mail(bot: object, samples: list[tuple[str, bytes]]) -> None:
    outcomes = bot.outcomes  # type: ignore[attr-defined]
    records = bot.records  # type: ignore[attr-defined]
    print(f"   {'mail':<48} {'outcome':<10} {'case':<17} state / reason")
    for (label, _), outcome in zip(samples, outcomes, strict=False):
        case = records.case(outcome.case_id) if outcome.case_id else None
        what = f"{case.state} {list(case.categories)}" if case else outcome.reason
        print(f"   {label:<48} {outcome.kind:<10} {outcome.case_id or '-':<17} {what}")


def _report_sent(sink: SinkHandler, start: int, title: str) -> None:
    print(f"\n{title}:")
    for rcpts, msg in sink.messages[start:]:
        print(f"   to {', '.join(rcpts):<30} [{msg['X-Privacy-Bot-Kind']}] {msg['Subject']}")
        if msg["X-Privacy-Bot-Kind"] == "reply":
            for line in msg.get_content().splitlines():
                if "/download/" in line:
                    print(f"      {line.strip()}")


def _confirm(bot: object, sink: SinkHandler) -> None:
    import urllib.request

    print("\n3. The requesters confirm through the link in their challenge (a POST on the web page):")
    for rcpts, msg in sink.messages:
        if msg["X-Privacy-Bot-Kind"] != "challenge" or rcpts[0] == "alice.martin@example.org" and "Delete" in msg["Subject"]:
            continue  # the forged deletion: the real Alice never confirms it
        match = _LINK.search(msg.get_content())
        if not match:
            continue
        url = match.group(0)
        page = urllib.request.urlopen(url).read().decode()
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
        body = "&".join(f"{k}={v}" for k, v in {**fields, "answer": "yes"}.items()).encode()
        request = urllib.request.Request(url, data=body, method="POST")
        try:
            urllib.request.urlopen(request).read()
            case = bot.records.case(msg["X-Privacy-Bot-Case"])  # type: ignore[attr-defined]
            print(f"   {rcpts[0]:<30} confirmed -> {case.state if case else '?'}")
        except Exception as exc:  # the demo goes on and says what failed
            print(f"   {rcpts[0]:<30} could not confirm: {exc}")


def _approve(bot: object) -> None:
    from bot.cases.transitions import CaseState

    print("\n4. Staff read each draft beside the planned changes, and approve:")
    for case in bot.records.open_cases():  # type: ignore[attr-defined]
        if case.state is not CaseState.AWAITING_APPROVAL:
            continue
        for item in case.draft.get("summary", []):
            shown = {k: v for k, v in item.items() if k not in ("category", "needs_approval")}
            print(f"   {case.id} {item['category']}: {str(shown)[:150]}")
        bot.workflow.approve(case.id, actor="staff:demo")  # type: ignore[attr-defined]
        print(f"   {case.id} approved: changes carried out in the sample company")

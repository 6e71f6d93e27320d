"""SIGKILL `run` at random moments over a few hundred mails, restart, and count.

Nothing may be lost (every mail in Processed or Quarantine, once), nothing processed
twice (one case per mail), every acknowledgement sent, and a reply sent twice only
with the same Message-ID. The store must open after every kill.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from email import message_from_bytes
from pathlib import Path

from bot.store import Store
from bot.store.records import Records
from tests.factory import mail

N_MAILS = 240


def _config(dovecot, sink, tmp: Path) -> Path:
    cfg = tmp / "settings.yaml"
    cfg.write_text(
        f"mailbox: {{host: 127.0.0.1, port: {dovecot.port}, ssl: false, username: {dovecot.user},"
        f" password: {dovecot.password}, idle: false, poll_seconds: 0.2}}\n"
        f"smtp: {{host: 127.0.0.1, port: {sink.port}, ssl: false, from: privacy@example.org,"
        f" retry_seconds: 0, max_per_address_per_day: 1000, max_per_hour: 100000}}\n"
        f"store: {{path: {tmp / 'store'}}}\n"
        "company: {secret_key: crash-test}\n"
    )
    return cfg


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(dovecot, smtp_sink, tmp_path: Path) -> None:
    rng = random.Random(20261129)
    subjects = ["Request under Article 15 GDPR", "Please delete my data", "Complaint: no answer"]
    sent_ids = []
    for i in range(N_MAILS):
        raw = mail(f"person{i}@example.org", subjects[i % 3], Message_ID=f"<m{i}@sender.example>")
        sent_ids.append(f"<m{i}@sender.example>")
        dovecot.append(raw)
    cfg = _config(dovecot, smtp_sink, tmp_path)
    cmd = [sys.executable, "-m", "bot", "run", "--config", str(cfg)]
    kills = 0
    for _ in range(40):
        if not dovecot.list_uids("INBOX"):
            break
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        Store(tmp_path / "store").close()  # opens after every kill
    final = subprocess.run([*cmd, "--once"], capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert kills >= 2

    assert dovecot.list_uids("INBOX") == []
    kept = dovecot.fetch_all("Processed") + dovecot.fetch_all("Quarantine")
    kept_ids = sorted(message_from_bytes(raw)["Message-ID"] for raw in kept)
    assert kept_ids == sorted(sent_ids)  # nothing lost, nothing duplicated in the mailbox

    store = Store(tmp_path / "store")
    try:
        cases = list(Records(store).all_cases())
    finally:
        store.close()
    per_mail = defaultdict(int)
    for case in cases:
        per_mail[case.message_id] += 1
    assert sorted(per_mail) == sorted(sent_ids)  # one case per mail
    assert set(per_mail.values()) == {1}

    replies = defaultdict(set)  # (request, which reply) -> Message-IDs seen
    for received in smtp_sink.messages:
        if received.rcpt_tos[0].startswith("person"):
            key = (received.message["In-Reply-To"], received.message["X-Privacy-Bot-Kind"])
            replies[key].add(received.message["Message-ID"])
    assert sorted({request for request, _ in replies}) == sorted(sent_ids)  # every request answered
    assert all(len(ids) == 1 for ids in replies.values())  # resent only with the same Message-ID

"""A real Dovecot IMAP server for tests, on 127.0.0.1 and a free high port.

    with Dovecot() as imap:
        imap.append(b"From: a@example.org\\r\\nSubject: hi\\r\\n\\r\\nbody\\r\\n")
        imap.list_uids("INBOX")        # [1]
        imap.restart()                 # same port, same maildir

Must run as root (Dovecot's master switches to the `dovecot`/`dovenull` users;
mail is stored as `nobody`).
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import signal
import subprocess
import time
import uuid
from pathlib import Path

from imapclient import IMAPClient

from . import HOST, free_port, make_dir, pid_alive, register, remove_dir, unregister, wait_port

DOVECOT_BIN = "/usr/sbin/dovecot"

CONFIG = """\
# written by tests/servers/dovecot.py
protocols = imap
listen = {host}
instance_name = {instance}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
debug_log_path = {root}/dovecot.log

ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
# IDLE learns of new mail through inotify; where that is starved (a loaded CI box with
# many instances) Dovecot falls back to polling, by default every 30 s.
mailbox_idle_check_interval = 1 secs

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Sent {{
    special_use = \\Sent
  }}
}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
{extra}
"""


class Dovecot:
    """Context manager around one Dovecot instance with one mailbox user.

    Attributes: host, port, user, password, root (the instance folder), log (log file).
    The folder separator is "/" (e.g. "Archive/2024").
    """

    def __init__(self, user: str = "privacy@example.org", password: str = "secret",
                 extra_config: str = "", start_timeout: float = 10.0):
        if not os.path.exists(DOVECOT_BIN):
            raise FileNotFoundError(f"{DOVECOT_BIN} is missing (apt-get install dovecot-imapd)")
        self.host = HOST
        self.port: int | None = None
        self.user = user
        self.password = password
        self.extra_config = extra_config
        self.start_timeout = start_timeout
        self.root: Path | None = None
        self.log: Path | None = None
        self.startup_seconds: float | None = None  # how long the last start() took
        self._proc: subprocess.Popen | None = None

    # ---- life cycle -------------------------------------------------------

    def __enter__(self) -> "Dovecot":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Start the daemon; the first call creates the folder and picks the port."""
        if self._proc is not None:
            raise RuntimeError("Dovecot already running")
        t0 = time.monotonic()
        if self.root is None:
            self._prepare()
        out = open(self.root / "stdio.log", "ab")
        try:
            # -F: stay in the foreground so that we own the master process.
            self._proc = subprocess.Popen(
                [DOVECOT_BIN, "-F", "-c", str(self.root / "dovecot.conf")],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True)
        finally:
            out.close()
        register(self)
        try:
            wait_port(self.port, self.start_timeout, self._proc, self.log)
        except Exception:
            self.close()
            raise
        self.startup_seconds = time.monotonic() - t0

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM to run/master.pid and wait for the master to exit. Keeps the folder.

        A clean stop takes ~1 s once a client has logged in (the master waits for
        its log process); after `timeout` seconds the whole group gets SIGKILL."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        pid = self._master_pid() or proc.pid
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(5)
        # Children (imap, auth, ...) are in the master's session; make sure none is left.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if pid != proc.pid:
            deadline = time.monotonic() + timeout
            while pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.02)

    def restart(self) -> None:
        """Stop then start again on the same port with the same maildir."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop and delete the folder (idempotent; also run at interpreter exit).

        The data is thrown away, so this does not wait for a clean shutdown:
        SIGTERM, then SIGKILL to the group after 0.2 s."""
        self.stop(timeout=0.2)
        unregister(self)
        remove_dir(self.root)
        self.root = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _master_pid(self) -> int | None:
        try:
            return int((self.root / "run" / "master.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _prepare(self) -> None:
        if os.geteuid() != 0:
            raise RuntimeError("tests/servers/dovecot.py needs root (Dovecot's master "
                               "drops privileges to dovecot/dovenull/nobody)")
        self.root = make_dir("dovecot")
        self.log = self.root / "dovecot.log"
        self.port = free_port()
        nobody = pwd.getpwnam("nobody")
        nogroup = grp.getgrgid(nobody.pw_gid)
        for sub in ("run", "state"):
            (self.root / sub).mkdir(mode=0o755)
        mail = self.root / "mail"
        mail.mkdir(mode=0o755)
        os.chown(mail, nobody.pw_uid, nobody.pw_gid)
        passwd = self.root / "passwd"
        passwd.write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        passwd.chmod(0o644)
        conf = CONFIG.format(host=HOST, port=self.port, root=self.root,
                             instance=f"privacy-bot-test-{uuid.uuid4().hex[:12]}",
                             uid=nobody.pw_name, gid=nogroup.gr_name,
                             extra=self.extra_config)
        (self.root / "dovecot.conf").write_text(conf)

    # ---- helpers (short-lived imapclient connections) --------------------

    def connect(self, timeout: float = 10.0) -> IMAPClient:
        """A logged-in IMAPClient (caller logs out / uses it as a context manager)."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX", flags=()) -> int | None:
        """APPEND raw bytes; creates the folder if needed; returns the new UID."""
        with self.connect() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=flags)
        m = re.search(rb"APPENDUID \d+ (\d+)", resp or b"")
        return int(m.group(1)) if m else None

    def list_uids(self, folder: str = "INBOX") -> list[int]:
        with self.connect() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in the folder, in UID order (does not set \\Seen)."""
        with self.connect() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
            return [data[u][b"BODY[]"] for u in uids]

    def folders(self) -> list[str]:
        with self.connect() as c:
            return sorted(name for _flags, _sep, name in c.list_folders())

    def create_folder(self, folder: str) -> None:
        with self.connect() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)

    def __repr__(self) -> str:
        return f"<Dovecot {self.host}:{self.port} user={self.user} root={self.root}>"

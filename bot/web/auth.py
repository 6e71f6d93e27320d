"""Staff accounts and desk sessions: who may use the desk, and proof that they do.

Where it sits: `privacy-bot staff add NAME` (bot.staff_cli) writes accounts; the desk
(bot.web.desk) checks passwords at login and the session cookie on every request.

- Passwords are stored as argon2id hashes (RFC 9106) in one JSON file, written
  atomically (temp file, fsync, rename), so a crash never leaves half an account file.
- Five failed logins lock an account for fifteen minutes; the count is stored, so a
  restart does not reset it (OWASP ASVS 2.2.1).
- A session is a random id kept in the account (so logout really ends it) inside an
  HMAC-signed, expiring cookie; the CSRF token of its forms is derived from that id.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.clock import Clock, system_clock
from bot.errors import ConfigError

COOKIE = "pb_desk"
SESSION_TTL = timedelta(hours=8)
MAX_FAILURES = 5
LOCK_TIME = timedelta(minutes=15)
MIN_PASSWORD = 10
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


class StaffError(ConfigError):
    """A bad staff name or password given by the operator (`privacy-bot staff add`)."""


@dataclass(frozen=True, slots=True)
class Login:
    """The outcome of a password check; `locked_until` is set while locked out."""

    ok: bool
    locked_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Session:
    name: str
    sid: str
    expires: datetime
    csrf: str  # the token every form of this session carries

    @property
    def actor(self) -> str:
        return f"staff:{self.name}"


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise StaffError("a staff name is 1-64 characters: lower-case letters, digits, '.', '_' or '-'")
    return name


class StaffBook:
    """The staff accounts file: `{"staff": {name: {"hash", "failures", "locked_until", "sessions"}}}`."""

    def __init__(self, path: str | Path, clock: Clock = system_clock, hasher: PasswordHasher | None = None) -> None:
        self.path = Path(path)
        self.clock = clock
        self.hasher = hasher or PasswordHasher()  # argon2id, RFC 9106 low-memory defaults
        self._dummy = ""

    # -- the file ------------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"staff": {}}
        if not isinstance(doc, dict) or not isinstance(doc.get("staff"), dict):
            raise StaffError(f"{self.path}: not a staff accounts file")
        return doc

    def _write(self, doc: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".staff-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(doc, fh, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # the rename itself survives a power cut
        finally:
            os.close(dir_fd)

    @contextmanager
    def _changing(self) -> Iterator[dict[str, Any]]:
        """Read-modify-write under a file lock: the desk's threads and the CLI may race."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            doc = self._read()
            yield doc
            self._write(doc)

    def names(self) -> list[str]:
        return sorted(self._read()["staff"])

    # -- accounts ------------------------------------------------------------------------
    def add(self, name: str, password: str) -> None:
        """Create the account, or set a new password (which ends its sessions and lock)."""
        check_name(name)
        if len(password) < MIN_PASSWORD:
            raise StaffError(f"a staff password needs at least {MIN_PASSWORD} characters")
        digest = self.hasher.hash(password)
        with self._changing() as doc:
            doc["staff"][name] = {"hash": digest, "failures": 0, "locked_until": "", "sessions": {}}

    def verify(self, name: str, password: str) -> bool:
        return self.login(name, password).ok

    def login(self, name: str, password: str) -> Login:
        """Check a password, counting failures; a locked account refuses even the right one."""
        now = self.clock()
        with self._changing() as doc:
            account = doc["staff"].get(name)
            if account is None:
                # Hash anyway, so a login takes as long whether or not the name exists
                # (no account enumeration by timing).
                self._dummy = self._dummy or self.hasher.hash(secrets.token_hex(16))
                _check(self.hasher, self._dummy, password)
                return Login(False)
            locked = account.get("locked_until") or ""
            if locked and datetime.fromisoformat(locked) > now:
                return Login(False, datetime.fromisoformat(locked))
            if locked:  # the lock ran out: a fresh count
                account["locked_until"], account["failures"] = "", 0
            if not _check(self.hasher, account["hash"], password):
                account["failures"] = int(account.get("failures", 0)) + 1
                if account["failures"] >= MAX_FAILURES:
                    until = now + LOCK_TIME
                    account["locked_until"] = until.isoformat(timespec="seconds")
                    return Login(False, until)
                return Login(False)
            account["failures"] = 0
            if self.hasher.check_needs_rehash(account["hash"]):
                account["hash"] = self.hasher.hash(password)
            return Login(True)

    # -- sessions ------------------------------------------------------------------------
    def open_session(self, name: str) -> str:
        """A new session id for `name` (after a successful login); expired ones are dropped."""
        now = self.clock()
        sid = secrets.token_urlsafe(24)
        with self._changing() as doc:
            account = doc["staff"][name]
            live = {k: v for k, v in account.get("sessions", {}).items() if datetime.fromisoformat(v) > now}
            live[_sid_key(sid)] = (now + SESSION_TTL).isoformat(timespec="seconds")
            account["sessions"] = live
        return sid

    def session_alive(self, name: str, sid: str) -> bool:
        account = self._read()["staff"].get(name)
        if account is None:
            return False
        expires = account.get("sessions", {}).get(_sid_key(sid))
        return bool(expires) and datetime.fromisoformat(expires) > self.clock()

    def close_session(self, name: str, sid: str) -> None:
        with self._changing() as doc:
            account = doc["staff"].get(name)
            if account is not None:
                account.get("sessions", {}).pop(_sid_key(sid), None)


def _check(hasher: PasswordHasher, digest: str, password: str) -> bool:
    try:
        return hasher.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _sid_key(sid: str) -> str:
    """Only a hash of the session id is stored: a read of the file gives no session."""
    return hashlib.sha256(sid.encode()).hexdigest()[:32]


# -- the cookie ----------------------------------------------------------------------------
def _sign(secret: bytes, payload: str) -> str:
    return hmac.new(secret, b"desk-session|" + payload.encode(), hashlib.sha256).hexdigest()


def csrf_token(secret: bytes, sid: str) -> str:
    return hmac.new(secret, b"desk-csrf|" + sid.encode(), hashlib.sha256).hexdigest()


def session_cookie(secret: bytes, name: str, sid: str, expires: datetime) -> str:
    payload = base64.urlsafe_b64encode(f"{name}|{sid}|{int(expires.timestamp())}".encode()).decode()
    return f"{payload}.{_sign(secret, payload)}"


def read_cookie(secret: bytes, value: str, now: datetime) -> Session | None:
    """The session a cookie names, if its signature holds and it has not expired."""
    payload, _, mac = value.partition(".")
    if not payload or not hmac.compare_digest(mac.encode(), _sign(secret, payload).encode()):
        return None
    try:
        name, sid, stamp = base64.urlsafe_b64decode(payload.encode()).decode().split("|")
        expires = datetime.fromtimestamp(int(stamp), tz=now.tzinfo)
    except (ValueError, UnicodeDecodeError):
        return None
    if expires <= now:
        return None
    return Session(name=name, sid=sid, expires=expires, csrf=csrf_token(secret, sid))


def csrf_ok(session: Session, sent: str) -> bool:
    return hmac.compare_digest(session.csrf.encode(), sent.encode())

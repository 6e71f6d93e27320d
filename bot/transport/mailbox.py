"""The IMAP mailbox: fetch by UID, MOVE after commit, IDLE where offered.

UIDs are only meaningful with their UIDVALIDITY (RFC 3501 §2.3.1.1), so the ledger
keys every mail by the pair. MOVE is RFC 6851; without it we COPY, flag \\Deleted
and UID EXPUNGE (RFC 4315) so that only our own mail is expunged.
"""

from __future__ import annotations

import logging
import socket
import ssl as ssl_lib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import imapclient
from imapclient.exceptions import IMAPClientError

from bot.errors import MailboxUnavailable
from bot.settings import MailboxSettings

log = logging.getLogger(__name__)
IDLE_RENEW = 25.0
_NETWORK_ERRORS = (OSError, IMAPClientError, socket.timeout, ssl_lib.SSLError, EOFError)


@dataclass(frozen=True, slots=True)
class Fetched:
    uidvalidity: int
    uid: int
    raw: bytes


class Mailbox:
    def __init__(self, settings: MailboxSettings, timeout: float = 30.0) -> None:
        self.settings = settings
        self.timeout = timeout
        self._client: imapclient.IMAPClient | None = None
        self.uidvalidity = 0
        self.capabilities: frozenset[bytes] = frozenset()

    # -- connection ------------------------------------------------------------------
    def connect(self) -> None:
        s = self.settings
        try:
            client = imapclient.IMAPClient(s.host, port=s.port, ssl=s.ssl == "true", timeout=self.timeout)
            if s.ssl == "starttls":
                client.starttls(ssl_lib.create_default_context())
            client.login(s.username, s.password)
            self.capabilities = frozenset(client.capabilities())
            self._client = client
            self._ensure_folder(s.processed_folder)
            self._ensure_folder(s.quarantine_folder)
            info = client.select_folder(s.folder)
            self.uidvalidity = int(info[b"UIDVALIDITY"])
        except _NETWORK_ERRORS as exc:
            self.close()
            raise MailboxUnavailable(f"IMAP {s.host}:{s.port}: {type(exc).__name__}: {exc}") from exc
        log.info("connected to IMAP %s:%s, folder %s", s.host, s.port, s.folder)

    @property
    def client(self) -> imapclient.IMAPClient:
        if self._client is None:
            raise MailboxUnavailable("not connected")
        return self._client

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # the server may already be gone; nothing to save
            try:
                client.shutdown()
            except Exception:
                pass

    def _ensure_folder(self, name: str) -> None:
        assert self._client is not None
        if not self._client.folder_exists(name):
            self._client.create_folder(name)
            log.info("created folder %s", name)

    # -- reading ---------------------------------------------------------------------
    def waiting_uids(self) -> list[int]:
        try:
            # NOOP first: a server announces mail that arrived since the last command
            # only at a command's end (RFC 3501 §6.1.2); SEARCH alone may miss it.
            self.client.noop()
            return sorted(int(u) for u in self.client.search(["ALL"]))
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"IMAP search failed: {exc}") from exc

    def fetch(self, uids: list[int], batch: int = 50) -> Iterator[Fetched]:
        for start in range(0, len(uids), batch):
            chunk = uids[start : start + batch]
            try:
                data = self.client.fetch(chunk, ["BODY.PEEK[]"])
            except _NETWORK_ERRORS as exc:
                raise MailboxUnavailable(f"IMAP fetch failed: {exc}") from exc
            for uid in chunk:
                item = data.get(uid)
                if item is None:  # expunged meanwhile by someone else
                    continue
                yield Fetched(self.uidvalidity, uid, bytes(item[b"BODY[]"]))

    # -- moving ----------------------------------------------------------------------
    def move(self, uids: list[int], folder: str) -> None:
        if not uids:
            return
        try:
            if b"MOVE" in self.capabilities:
                self.client.move(uids, folder)
            else:
                self.client.copy(uids, folder)
                self.client.add_flags(uids, [imapclient.DELETED])
                if b"UIDPLUS" in self.capabilities:
                    self.client.uid_expunge(uids)
                else:
                    self.client.expunge()
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"IMAP move failed: {exc}") from exc

    def delete_by_message_id(self, folder: str, message_ids: list[str]) -> int:
        """Retention: remove kept mails by Message-ID from `folder`; returns how many."""
        try:
            self.client.select_folder(folder)
            uids: list[int] = []
            for message_id in message_ids:
                uids += [int(u) for u in self.client.search(["HEADER", "Message-ID", message_id])]
            if uids:
                self.client.add_flags(uids, [imapclient.DELETED])
                if b"UIDPLUS" in self.capabilities:
                    self.client.uid_expunge(uids)
                else:
                    self.client.expunge()
            self.client.select_folder(self.settings.folder)
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"IMAP delete failed: {exc}") from exc
        return len(uids)

    # -- waiting ---------------------------------------------------------------------
    def wait(self, seconds: float, stop: threading.Event | None = None) -> None:
        """Return when new mail may be there: IDLE (RFC 2177) if offered, else sleep.

        Waits in steps of a second so that `stop` is noticed promptly.
        """
        stop = stop or threading.Event()
        # IDLE is renewed at least every IDLE_RENEW seconds: RFC 2177 asks for less
        # than 29 minutes, NAT boxes drop quieter connections sooner, and a renewal
        # re-checks the folder in case a server's notice went astray (seen under load).
        deadline = time.monotonic() + min(seconds, IDLE_RENEW)
        if not (self.settings.idle and b"IDLE" in self.capabilities):
            stop.wait(seconds)
            return
        try:
            # Every mail we saw has left the folder, so anything still there arrived
            # since our SEARCH; its EXISTS may already have come with a MOVE's response,
            # and IDLE would never announce it again (seen as a missed wake-up).
            stashed = getattr(self.client._imap, "untagged_responses", {})
            stashed.pop("EXISTS", None)
            stashed.pop("RECENT", None)
            if self.client.search(["ALL"]):
                return
            self.client.idle()
            try:
                # Mail that arrived between that SEARCH and the IDLE continuation is
                # announced before "+ idling"; imaplib files that EXISTS away where
                # idle_check never looks, so look there first (seen as a missed wake-up).
                stashed = getattr(self.client._imap, "untagged_responses", {})
                if stashed.pop("EXISTS", None) or stashed.pop("RECENT", None):
                    return
                while not stop.is_set():
                    left = deadline - time.monotonic()
                    if left <= 0 or self.client.idle_check(timeout=min(left, 1.0)):
                        break
            finally:
                self.client.idle_done()
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"IMAP IDLE failed: {exc}") from exc

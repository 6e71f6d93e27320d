"""An SMTP sink for tests: a real aiosmtpd server on 127.0.0.1 and a free port.

    with SmtpSink(auth={"bot": "pw"}) as sink:
        sink.plan(["451 4.3.0 try later"])       # next DATA answers 451, then 250 again
        sink.plan(["550 5.1.1 no such user"], stage="RCPT")
        sink.always("DROP")                      # every DATA: 421 and the connection is closed
        sink.always(None)                        # back to accepting
        msgs = sink.wait_for(2, timeout=5)       # accepted messages

`messages` holds what was accepted (answered 2xx at DATA); `attempts` holds every
DATA received, whatever the answer (each with its `.response`).
"""

from __future__ import annotations

import email
import email.policy
import threading
import time
from dataclasses import dataclass, field
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from . import HOST, free_port, register, unregister

DROP = "DROP"  # plan entry: answer "421 4.4.2 closing connection" and hang up
DROP_REPLY = "421 4.4.2 sink closing connection"
STAGES = ("MAIL", "RCPT", "DATA")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage
    response: str
    login: str | None = None  # AUTH user, if the client authenticated
    peer: tuple | None = None
    time: float = field(default_factory=time.time)

    @property
    def accepted(self) -> bool:
        return self.response.startswith("2")


class _Handler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = self.sink._next("MAIL")
        if reply is None:
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
            return "250 OK"
        return self._answer(server, reply)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.sink._next("RCPT")
        if reply is None:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
            return "250 OK"
        return self._answer(server, reply)

    async def handle_DATA(self, server, session, envelope):
        reply = self.sink._next("DATA")
        answer = "250 2.0.0 OK queued" if reply is None else self._answer(server, reply)
        raw = envelope.original_content or b""
        login = session.auth_data if session.authenticated else None
        self.sink._record(Received(
            mail_from=envelope.mail_from, rcpt_tos=list(envelope.rcpt_tos), raw=raw,
            message=email.message_from_bytes(raw, policy=email.policy.default),
            response=answer, login=login, peer=session.peer))
        return answer

    @staticmethod
    def _answer(server, reply: str) -> str:
        if reply == DROP:
            # The reply is written synchronously right after this coroutine returns;
            # the close runs on the next loop iteration, i.e. after the 421 is sent.
            server.loop.call_soon(server.transport.close)
            return DROP_REPLY
        return reply


class SmtpSink:
    """Records every message; answers per a programmable plan. Thread-safe."""

    def __init__(self, auth: dict[str, str] | None = None, auth_required: bool = False):
        """auth: {user: password} accepted by AUTH PLAIN/LOGIN (None: no AUTH offered,
        any client may send). auth_required: refuse MAIL before AUTH."""
        self.host = HOST
        self.port: int | None = None
        self.auth = dict(auth) if auth else None
        self.auth_required = auth_required
        self.attempts: list[Received] = []
        self._plans: dict[str, list[str]] = {s: [] for s in STAGES}
        self._always: dict[str, str | None] = {s: None for s in STAGES}
        self._cond = threading.Condition()
        self._controller: Controller | None = None

    # ---- life cycle -------------------------------------------------------

    def __enter__(self) -> "SmtpSink":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self, attempts: int = 5) -> None:
        kwargs = {}
        if self.auth is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=self.auth_required,
                          auth_require_tls=False)
        for i in range(attempts):  # the free port may be taken between pick and bind
            self.port = free_port()
            controller = Controller(_Handler(self), hostname=HOST, port=self.port,
                                    ready_timeout=5, **kwargs)
            try:
                controller.start()
            except Exception:
                if i == attempts - 1:
                    raise
                continue
            self._controller = controller
            register(self)
            return

    def close(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()
        unregister(self)

    stop = close

    # ---- behaviour ----------------------------------------------------------

    def plan(self, replies: list[str], stage: str = "DATA") -> None:
        """Queue replies for the next commands of `stage` (MAIL, RCPT or DATA).

        Each entry is an SMTP reply line ("451 4.3.0 try later"), "250" / None
        to accept normally, or DROP to answer 421 and close the connection.
        When the queue is empty the `always` reply (default: accept) is used."""
        with self._cond:
            self._plans[self._stage(stage)].extend(replies)

    def always(self, reply: str | None, stage: str = "DATA") -> None:
        """Answer every later `stage` command with `reply` (None: accept again)."""
        with self._cond:
            self._always[self._stage(stage)] = reply

    def reset(self) -> None:
        """Forget recorded messages, plans and `always` replies."""
        with self._cond:
            self.attempts.clear()
            for s in STAGES:
                self._plans[s].clear()
                self._always[s] = None

    # ---- inspection ---------------------------------------------------------

    @property
    def messages(self) -> list[Received]:
        """Accepted messages (a snapshot)."""
        with self._cond:
            return [r for r in self.attempts if r.accepted]

    def wait_for(self, n: int, timeout: float = 5.0) -> list[Received]:
        """Wait until at least n messages were accepted; returns them all.
        Raises TimeoutError with what arrived so far."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                accepted = [r for r in self.attempts if r.accepted]
                if len(accepted) >= n:
                    return accepted
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{len(accepted)} of {n} messages accepted after {timeout}s "
                        f"({len(self.attempts)} DATA attempts)")
                self._cond.wait(left)

    # ---- internals ----------------------------------------------------------

    @staticmethod
    def _stage(stage: str) -> str:
        stage = stage.upper()
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}")
        return stage

    def _next(self, stage: str) -> str | None:
        with self._cond:
            queue = self._plans[stage]
            reply = queue.pop(0) if queue else self._always[stage]
        if reply is None or reply.strip() in ("250", ""):
            return None
        return reply

    def _record(self, received: Received) -> None:
        with self._cond:
            self.attempts.append(received)
            self._cond.notify_all()

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode(errors="replace")
            password = auth_data.password.decode(errors="replace")
            if self.auth.get(user) == password:
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    def __repr__(self) -> str:
        return f"<SmtpSink {self.host}:{self.port} {len(self.attempts)} attempts>"

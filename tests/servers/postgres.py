"""A throwaway PostgreSQL cluster for tests, on 127.0.0.1 and a free port.

    with Postgres() as pg:
        engine = sqlalchemy.create_engine(pg.url)     # database "privacy_bot"
        other_url = pg.new_database()                  # a fresh, empty database

initdb refuses to run as root, so as root the cluster is created and run as the
`postgres` user (or `nobody` if that user does not exist) via subprocess's user=.
"""

from __future__ import annotations

import os
import pwd
import secrets
import signal
import subprocess
import time
from pathlib import Path

from . import HOST, free_port, make_dir, register, remove_dir, unregister

PG_BIN = Path(os.environ.get("PRIVACY_BOT_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _run_as() -> pwd.struct_passwd | None:
    """The account to run postgres as (None: the current one)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root but neither user postgres nor nobody exists")


class Postgres:
    """Attributes: host, port, user, password, dbname, url, root, log."""

    def __init__(self, dbname: str = "privacy_bot", start_timeout: float = 30.0):
        if not (PG_BIN / "initdb").exists():
            raise FileNotFoundError(f"{PG_BIN}/initdb is missing (apt-get install postgresql-15)")
        self.host = HOST
        self.port: int | None = None
        self.user = "postgres"  # the superuser role, whatever the OS account
        self.password = secrets.token_hex(8)
        self.dbname = dbname
        self.start_timeout = start_timeout
        self.root: Path | None = None
        self.log: Path | None = None
        self.sockets: Path | None = None  # unix socket directory
        self.startup_seconds: float | None = None  # initdb + start + createdb
        self._proc: subprocess.Popen | None = None
        self._account = _run_as()

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        """SQLAlchemy URL of another database in this cluster."""
        return f"postgresql+psycopg2://{self.user}:{self.password}@{self.host}:{self.port}/{dbname}"

    # ---- life cycle -------------------------------------------------------

    def __enter__(self) -> "Postgres":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        t0 = time.monotonic()
        self.root = make_dir("postgres")
        register(self)
        try:
            self._initdb()
            self._launch()
            self._wait_ready()
            self._create_database(self.dbname)
        except Exception:
            self.close()
            raise
        self.startup_seconds = time.monotonic() - t0

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        if proc is not None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # any leftover backend
            except ProcessLookupError:
                pass
        unregister(self)
        remove_dir(self.root)
        self.root = None

    stop = close

    def new_database(self, name: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        name = name or f"test_{secrets.token_hex(4)}"
        self._create_database(name)
        return self.url_for(name)

    # ---- internals ----------------------------------------------------------

    def _popen_kwargs(self) -> dict:
        kw = dict(cwd=self.root, stdin=subprocess.DEVNULL, start_new_session=True)
        if self._account is not None:
            kw.update(user=self._account.pw_uid, group=self._account.pw_gid, extra_groups=[],
                      env={**os.environ, "HOME": str(self.root), "USER": self._account.pw_name})
        return kw

    def _own(self, path: Path) -> None:
        if self._account is not None:
            os.chown(path, self._account.pw_uid, self._account.pw_gid)

    def _initdb(self) -> None:
        self.log = self.root / "postgres.log"
        self._own(self.root)
        self.sockets = self.root / "sock"
        self.sockets.mkdir(mode=0o755)
        self._own(self.sockets)
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        self._own(pwfile)
        pwfile.chmod(0o600)
        result = subprocess.run(
            [str(PG_BIN / "initdb"), "-D", str(self.root / "data"), "-U", self.user,
             "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync", "--no-instructions"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120,
            **self._popen_kwargs())
        pwfile.unlink()
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed ({result.returncode}):\n"
                               + result.stdout.decode(errors="replace"))

    def _launch(self) -> None:
        self.port = free_port()
        out = open(self.log, "ab")
        try:
            self._proc = subprocess.Popen(
                [str(PG_BIN / "postgres"), "-D", str(self.root / "data"),
                 "-h", HOST, "-p", str(self.port), "-k", str(self.sockets),
                 "-c", "fsync=off", "-c", "synchronous_commit=off",
                 "-c", "full_page_writes=off", "-c", "logging_collector=off"],
                stdout=out, stderr=subprocess.STDOUT, **self._popen_kwargs())
        finally:
            out.close()

    def _connect(self, dbname: str = "postgres"):
        import psycopg2
        return psycopg2.connect(host=self.host, port=self.port, user=self.user,
                                password=self.password, dbname=dbname, connect_timeout=2)

    def _wait_ready(self) -> None:
        import psycopg2
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(f"postgres exited with {self._proc.returncode}:\n"
                                   + self.log.read_text(errors="replace")[-3000:])
            try:
                self._connect().close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _create_database(self, name: str) -> None:
        conn = self._connect()
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()

    def __repr__(self) -> str:
        return f"<Postgres {self.host}:{self.port} db={self.dbname} root={self.root}>"

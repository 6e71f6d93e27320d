"""`privacy-bot staff add NAME`: create a desk account or set a new password.

The password is asked twice without echo when not given; it is stored only as an
argon2id hash in `<store>/staff.json` (see bot.web.auth), and setting it again ends
the account's open sessions and any lock-out.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from bot.web.auth import StaffBook, StaffError, check_name

STAFF_FILE = "staff.json"


def staff_file(store_path: Path) -> Path:
    """Where the desk reads accounts (bot.app passes the same path to the web context)."""
    return Path(store_path) / STAFF_FILE


def add_staff(store_path: Path, name: str, password: str | None) -> None:
    """Raises StaffError (a ConfigError: one line, exit 1) on a bad name or password."""
    check_name(name)
    if password is None:
        password = getpass.getpass(f"New desk password for {name}: ")
        if getpass.getpass("Once more: ") != password:
            raise StaffError("the two passwords differ; nothing was changed")
    StaffBook(staff_file(store_path)).add(name, password)

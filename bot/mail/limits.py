"""Limits checked on the raw bytes, before any parser sees the mail.

A parser given a 50,000-part message spends seconds on it, a 2,000-deep nesting
raises RecursionError, and a huge To: line takes seconds (INFRA.md): such mail is
quarantined with the limit it broke, and the loop goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import MailRejected


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 25 * 1024 * 1024
    max_header_bytes: int = 256 * 1024
    max_mime_depth: int = 20
    max_parts: int = 500
    max_header_line: int = 64 * 1024


_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def check(raw: bytes, limits: Limits) -> None:
    """Raise MailRejected naming the first limit the raw mail breaks."""
    if len(raw) > limits.max_bytes:
        raise MailRejected(f"size {len(raw)} bytes over limit {limits.max_bytes}")
    end = _HEADER_END.search(raw)
    header_len = end.start() if end else len(raw)
    if header_len > limits.max_header_bytes:
        raise MailRejected(f"header block {header_len} bytes over limit {limits.max_header_bytes}")
    longest = _longest_unfolded_header(raw[:header_len])
    if longest > limits.max_header_line:
        raise MailRejected(f"header line {longest} bytes over limit {limits.max_header_line}")
    boundaries = {m.group(1) or m.group(2) for m in _BOUNDARY.finditer(raw)}
    # Each multipart declares one boundary; a nesting of N needs N distinct ones.
    if len(boundaries) > limits.max_mime_depth:
        raise MailRejected(f"MIME nesting over {limits.max_mime_depth} levels")
    parts = 0
    for boundary in boundaries:
        parts += raw.count(b"\n--" + boundary)
        if parts > limits.max_parts:
            raise MailRejected(f"more than {limits.max_parts} MIME parts")


def _longest_unfolded_header(block: bytes) -> int:
    longest = current = 0
    for line in block.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            current += len(line)
        else:
            current = len(line)
        longest = max(longest, current)
    return longest

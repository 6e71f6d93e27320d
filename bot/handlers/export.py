"""The export zip of an access (Art. 15) or portability (Art. 20) request.

One JSON and one CSV file per table ("source.table"), because Art. 20(1) asks for "a
structured, commonly used and machine-readable format" and people open CSV in a
spreadsheet; plus `summary.txt`, in the requester's language (English otherwise),
that gives what Art. 15(1)(a)-(h) requires beside the rows: purposes, categories of
data, recipients, retention, rights, the authority, the source, and that no
automated decision is taken. The register texts themselves come from settings, in
the language the operator wrote them.

The zip holds personal data: it is written into `export_dir`, which the app
delivers through a single-use link and purges with the case.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import yaml

from bot.errors import ConfigError
from bot.sources import RegisterEntry
from bot.sources.records import Row

#: Texts of summary.txt live with the other reply texts: replies/<lang>/export.yaml.
REPLIES_DIR = Path(__file__).resolve().parents[2] / "replies"
LABEL_KEYS = ("title", "access", "portability", "made", "ref", "rows", "purpose", "legal_basis", "categories",
              "recipients", "retention", "origin", "files", "rights", "authority", "automated", "none")


@functools.lru_cache(maxsize=16)
def labels(language: str, root: Path = REPLIES_DIR) -> dict[str, str]:
    """The summary's texts in `language`, English where that language has none."""
    path = root / language / "export.yaml"
    if not path.is_file():
        path = root / "en" / "export.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [k for k in LABEL_KEYS if k not in data]
    if missing:
        raise ConfigError(f"{path}: missing {', '.join(missing)}")
    return {k: str(v) for k, v in data.items()}


def to_csv(rows: Sequence[Row]) -> str:
    columns = list(dict.fromkeys(c for row in rows for c in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")  # RFC 4180
    writer.writeheader()
    for row in rows:
        writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})
    return out.getvalue()


def summary_text(
    tables: Mapping[str, Sequence[Row]], register: Sequence[RegisterEntry], kind: str,
    language: str, case_id: str, now: datetime,
) -> str:
    lab = labels(language)
    by_table = {f"{e.source}.{e.table}": e for e in register}
    lines = [lab["title"], lab[kind], "", f"{lab['ref']}: {case_id}",
             f"{lab['made']}: {now.date().isoformat()}", ""]
    for name, rows in tables.items():
        entry = by_table.get(name)
        columns = list(dict.fromkeys(c for row in rows for c in row))
        lines += [f"== {name} ({len(rows)} {lab['rows']})",
                  f"{lab['categories']}: {', '.join(columns) or lab['none']}"]
        if entry is not None:
            lines += [
                f"{lab['purpose']}: {entry.purpose or lab['none']}",
                f"{lab['legal_basis']}: {entry.legal_basis or lab['none']}",
                f"{lab['recipients']}: {', '.join(entry.recipients) or lab['none']}",
                f"{lab['retention']}: {entry.retention or lab['none']}",
                f"{lab['origin']}: {entry.origin or lab['none']}",
            ]
        lines.append("")
    lines += [lab["files"], "", lab["rights"], lab["authority"], lab["automated"], ""]
    return "\n".join(lines)


def build_zip(
    tables: Mapping[str, Sequence[Row]], register: Sequence[RegisterEntry], *, kind: str,
    language: str, case_id: str, now: datetime, export_dir: Path,
) -> Path:
    """Write `<case_id>-<kind>.zip` into `export_dir` and return its path."""
    if kind not in ("access", "portability"):
        raise ValueError(f"unknown export kind {kind!r}")
    export_dir.mkdir(parents=True, exist_ok=True)
    # The case id is ours (PB-YYMM-XXXXXXXX), but the path must never leave export_dir.
    safe_id = "".join(ch for ch in case_id if ch.isalnum() or ch == "-") or "case"
    path = export_dir / f"{safe_id}-{kind}.zip"
    tmp = path.with_suffix(".zip.part")
    stamp = now.timetuple()[:6]
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        def put(name: str, text: str) -> None:
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), text.encode("utf-8"),
                             compress_type=zipfile.ZIP_DEFLATED)

        put("summary.txt", summary_text(tables, register, kind, language, case_id, now))
        for name, rows in tables.items():
            put(f"{name}.json", json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
            put(f"{name}.csv", to_csv(rows))
    tmp.replace(path)
    return path

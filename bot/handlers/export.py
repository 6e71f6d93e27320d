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
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from bot.sources import RegisterEntry
from bot.sources.records import Row

# (title, rows, purpose, legal basis, categories, recipients, retention, origin, footer)
_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your personal data held by us",
        "access": "Copy of your personal data (GDPR Article 15)",
        "portability": "The data you provided to us (GDPR Article 20)",
        "made": "Made on", "ref": "Reference", "rows": "records",
        "purpose": "Purpose", "legal_basis": "Legal basis", "categories": "Data held",
        "recipients": "Recipients", "retention": "Kept for", "origin": "Obtained from",
        "files": "Files: one .json and one .csv per table, same content.",
        "rights": "You may ask us to correct or erase your data, to restrict its processing, "
                  "or object to it (GDPR Articles 16-21).",
        "authority": "You may lodge a complaint with the Belgian Data Protection Authority "
                     "(www.dataprotectionauthority.be, contact@apd-gba.be).",
        "automated": "We take no decisions about you by automated means alone, and do no "
                     "profiling (GDPR Article 22).",
        "none": "-",
    },
    "nl": {
        "title": "Uw persoonsgegevens die wij bewaren",
        "access": "Kopie van uw persoonsgegevens (artikel 15 AVG)",
        "portability": "De gegevens die u ons zelf gaf (artikel 20 AVG)",
        "made": "Gemaakt op", "ref": "Referentie", "rows": "records",
        "purpose": "Doel", "legal_basis": "Rechtsgrond", "categories": "Gegevens",
        "recipients": "Ontvangers", "retention": "Bewaartermijn", "origin": "Verkregen van",
        "files": "Bestanden: per tabel één .json- en één .csv-bestand, met dezelfde inhoud.",
        "rights": "U kunt ons vragen uw gegevens te verbeteren of te wissen, de verwerking te "
                  "beperken, of bezwaar maken (artikelen 16-21 AVG).",
        "authority": "U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit "
                     "(www.dataprotectionauthority.be, contact@apd-gba.be).",
        "automated": "Wij nemen over u geen besluiten die uitsluitend geautomatiseerd zijn, "
                     "en doen niet aan profilering (artikel 22 AVG).",
        "none": "-",
    },
    "fr": {
        "title": "Vos données personnelles que nous détenons",
        "access": "Copie de vos données personnelles (article 15 du RGPD)",
        "portability": "Les données que vous nous avez fournies (article 20 du RGPD)",
        "made": "Établi le", "ref": "Référence", "rows": "enregistrements",
        "purpose": "Finalité", "legal_basis": "Base juridique", "categories": "Données",
        "recipients": "Destinataires", "retention": "Durée de conservation",
        "origin": "Source",
        "files": "Fichiers : un .json et un .csv par table, au contenu identique.",
        "rights": "Vous pouvez nous demander de rectifier ou d'effacer vos données, d'en "
                  "limiter le traitement, ou vous y opposer (articles 16 à 21 du RGPD).",
        "authority": "Vous pouvez introduire une réclamation auprès de l'Autorité de "
                     "protection des données (www.dataprotectionauthority.be, "
                     "contact@apd-gba.be).",
        "automated": "Nous ne prenons aucune décision fondée exclusivement sur un traitement "
                     "automatisé et ne faisons pas de profilage (article 22 du RGPD).",
        "none": "-",
    },
    "de": {
        "title": "Ihre personenbezogenen Daten bei uns",
        "access": "Kopie Ihrer personenbezogenen Daten (Art. 15 DSGVO)",
        "portability": "Die Daten, die Sie uns bereitgestellt haben (Art. 20 DSGVO)",
        "made": "Erstellt am", "ref": "Zeichen", "rows": "Datensätze",
        "purpose": "Zweck", "legal_basis": "Rechtsgrundlage", "categories": "Daten",
        "recipients": "Empfänger", "retention": "Speicherdauer", "origin": "Herkunft",
        "files": "Dateien: je Tabelle eine .json- und eine .csv-Datei mit gleichem Inhalt.",
        "rights": "Sie können Berichtigung oder Löschung Ihrer Daten, die Einschränkung der "
                  "Verarbeitung verlangen oder widersprechen (Art. 16-21 DSGVO).",
        "authority": "Sie können sich bei der belgischen Datenschutzbehörde beschweren "
                     "(www.dataprotectionauthority.be, contact@apd-gba.be).",
        "automated": "Wir treffen keine ausschließlich automatisierten Entscheidungen über "
                     "Sie und betreiben kein Profiling (Art. 22 DSGVO).",
        "none": "-",
    },
}


def labels(language: str) -> dict[str, str]:
    return _LABELS.get(language, _LABELS["en"])


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

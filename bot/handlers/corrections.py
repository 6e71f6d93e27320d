"""Reading a requested correction (GDPR Art. 16) from the text of a mail.

People write "my new address is Kerkstraat 12, 9000 Gent" or "meine neue
Telefonnummer lautet ..."; these patterns catch the common phrasings in English,
Dutch, French and German and return field -> value, with field names as in the
sources' `correctable_columns` (name, first_name, last_name, street, postcode, city,
phone, email). Whatever is read is only a proposal: staff see the diff against the
current values and approve or fill it in (`needs_input` when nothing was read).

All languages are tried on every mail, because people write in one language and
quote another; quoted lines ("> ...") are skipped, as they repeat our own words.
"""

from __future__ import annotations

import re

# The value runs to the end of the line or of the sentence (". " or a final ".").
_VALUE = r"[:\s]+(?P<value>[^\n]+?)\s*(?=\.\s|\.?$|;|\n)"
_NOW = r"(?:\s+(?:now|nu|voortaan|désormais|maintenant|dorénavant|jetzt|nun|neu))?"

# Order matters: e-mail before postal address ("ma nouvelle adresse e-mail est").
_PATTERNS: tuple[tuple[str, str], ...] = (
    # e-mail
    ("email", r"\bmy\s+(?:new\s+)?e-?mail(?:\s+address)?\s+is" + _NOW),
    ("email", r"\bmijn\s+(?:nieuwe?\s+)?e-?mail(?:-?adres)?\s+is" + _NOW),
    ("email", r"\bma\s+(?:nouvelle\s+)?adresse\s+(?:e-?mail|électronique|courriel)\s+est"
              + _NOW),
    ("email", r"\bmon\s+(?:nouvel\s+)?(?:e-?mail|courriel)\s+est" + _NOW),
    ("email", r"\bmeine\s+(?:neue\s+)?e-?mail(?:-?adresse)?\s+(?:ist|lautet)" + _NOW),
    # phone
    ("phone", r"\bmy\s+(?:new\s+)?(?:tele)?(?:phone|mobile)(?:\s+number)?\s+is" + _NOW),
    ("phone", r"\bmijn\s+(?:nieuwe?\s+)?(?:telefoonnummer|gsm-?nummer|gsm|nummer)\s+is" + _NOW),
    ("phone", r"\bmon\s+(?:nouveau\s+)?(?:numéro(?:\s+de\s+(?:téléphone|gsm|portable))?|"
              r"téléphone|gsm|portable)\s+est" + _NOW),
    ("phone", r"\bmeine\s+(?:neue\s+)?(?:telefonnummer|handynummer|nummer|rufnummer)\s+"
              r"(?:ist|lautet)" + _NOW),
    # postal address
    ("address", r"\bmy\s+(?:new\s+)?(?:postal\s+|home\s+)?address\s+is" + _NOW),
    ("address", r"\bI(?:\s+have|'ve)?\s+moved\s+to"),
    ("address", r"\bmijn\s+(?:nieuwe?\s+)?(?:post)?adres\s+is" + _NOW),
    ("address", r"\bik\s+(?:ben\s+verhuisd\s+naar|woon\s+nu\s+(?:op|in|aan))"),
    ("address", r"\bma\s+(?:nouvelle\s+)?adresse(?:\s+postale)?\s+est" + _NOW),
    ("address", r"\bj'ai\s+déménagé\s+(?:au|à|a)"),
    ("address", r"\bmeine\s+(?:neue\s+)?(?:anschrift|adresse|postanschrift)\s+(?:ist|lautet)"
                + _NOW),
    ("address", r"\bich\s+wohne\s+(?:jetzt|nun)\s+in"),
    # name
    ("last_name", r"\bmy\s+(?:new\s+)?(?:surname|last\s+name|family\s+name)\s+is" + _NOW),
    ("last_name", r"\bmijn\s+(?:nieuwe?\s+)?achternaam\s+is" + _NOW),
    ("last_name", r"\bmon\s+(?:nouveau\s+)?nom\s+de\s+famille\s+est" + _NOW),
    ("last_name", r"\bmein\s+(?:neuer\s+)?(?:nachname|familienname)\s+(?:ist|lautet)" + _NOW),
    ("name", r"\bmy\s+(?:new\s+|correct\s+|full\s+)?name\s+is" + _NOW),
    ("name", r"\bmijn\s+(?:nieuwe?\s+|juiste\s+|volledige\s+)?naam\s+is" + _NOW),
    ("name", r"\bmon\s+(?:nouveau\s+|vrai\s+)?nom\s+(?:complet\s+)?est" + _NOW),
    ("name", r"\bje\s+m'appelle" + _NOW),
    ("name", r"\bmein\s+(?:neuer\s+|richtiger\s+|vollständiger\s+)?name\s+(?:ist|lautet)" + _NOW),
    ("name", r"\bich\s+heiße" + _NOW),
)
_COMPILED = tuple((f, re.compile(p + _VALUE, re.IGNORECASE | re.MULTILINE))
                  for f, p in _PATTERNS)

_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"^\+?[\d][\d\s().\-/]{5,}\d$")
# "Kerkstraat 12, 9000 Gent", "Rue de la Station 5 bte 2, 1000 Bruxelles", "52062 Aachen".
_POSTAL = re.compile(r"^(?P<street>.+?)[,\s]+(?P<postcode>(?:[A-Z]{1,2}-)?\d{4,5})\s+"
                     r"(?P<city>[^\d,]+?)(?:,\s*(?P<country>[^,]+))?$")


def _unquoted(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _clean(value: str) -> str:
    return " ".join(value.strip().strip("\"'“”«»").split()).rstrip(".,;")


def split_postal(value: str) -> dict[str, str]:
    """Street, postcode, city; the whole text as `address` when it does not split."""
    email = _EMAIL.fullmatch(value)
    if email:
        return {"email": value}  # "my new address is jan@..." means the e-mail address
    match = _POSTAL.match(value)
    if not match:
        return {"address": value}
    return {"street": _clean(match["street"]), "postcode": match["postcode"],
            "city": _clean(match["city"])}


def split_name(value: str) -> dict[str, str]:
    """The whole name for single-name columns, and first/rest for split ones.

    First word and the rest is a guess (compound first names, particles like "de"
    stay with the last name); staff see and may edit the diff before approval.
    """
    first, _, last = value.partition(" ")
    out = {"name": value}
    if last:
        out |= {"first_name": first, "last_name": last}
    return out


def read_corrections(text: str) -> dict[str, str]:
    """field -> requested value, as far as the mail says; {} when nothing was read."""
    wanted: dict[str, str] = {}
    body = _unquoted(text)
    for field, pattern in _COMPILED:
        for match in pattern.finditer(body):
            value = _clean(match["value"])
            if not value:
                continue
            if field == "email":
                found = _EMAIL.search(value)
                parts = {"email": found.group(0)} if found else {}
            elif field == "phone":
                parts = {"phone": value} if _PHONE.match(value) else {}
            elif field == "address":
                parts = split_postal(value)
            elif field == "name":
                parts = split_name(value)
            else:
                parts = {field: value}
            for key, val in parts.items():
                wanted.setdefault(key, val)  # the first phrasing wins over a later echo
    return wanted

"""What of a mail body the classifier reads: the sender's own words, folded for matching.

A reply quotes earlier mail (often our own acknowledgement, full of request words) and
a company signature carries a disclaimer ("if you are not the intended recipient please
delete this mail"). Reading those as the sender's request is the commonest false match,
so the body is split into the author's text and the quoted rest, and disclaimers and
signatures are dropped. Quoted text is kept apart (a reminder forwards the original
request, which must stay in `categories`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Read at most this much of a body: a request states itself early; huge mails are
#: attachments pasted inline or robots, and must not slow the loop.
MAX_CHARS = 20_000

# The prefixes mail clients put before the subject of a reply ("Re:", "AW:", "Odp:", ...).
REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|odp|odg|res|rv|r|antw|wg|ref|ατ|απ|σχετ|отг|отн)\s*(\[\d+\])?\s*:\s*)+",
                          re.IGNORECASE)
# The prefixes mail clients put before a forwarded mail's subject ("Fwd:", "TR:", "WG:", "PD:").
FORWARD_PREFIX = re.compile(r"^\s*(fwd?|tr|wg|rv|i|pd|vb|vs|doorst|enc|rif|prosl\w*|redir\w*|πρθ|προωθ\w*|препр)\s*:",
                            re.IGNORECASE)

# Attribution lines of mail clients, in the languages people write in.
_WROTE = re.compile(
    r"^.{0,200}\b(wrote|writes|schrieb|schreef|a écrit|escribió|ha scritto|escreveu|"
    r"napisał|napisała|napisał\(a\)|napsal|napsala|napísal|napísala|napisao|napisala|"
    r"napisal|skrev|kirjoitti|írta|έγραψε|написа|a scris|kirjutas|rašė|rakstīja|"
    r"skriver|scrisse)\s*:?\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}|_{5,}|={3,})?\s*(original message|ursprüngliche nachricht|oorspronkelijk bericht|"
    r"message d'origine|message d’origine|mensaje original|messaggio originale|mensagem original|"
    r"wiadomość oryginalna|původní zpráva|pôvodná správa|izvorna poruka|izvirno sporočilo|"
    r"originalmeddelande|oprindelig meddelelse|alkuperäinen viesti|algne kiri|sākotnējais ziņojums|"
    r"originalus laiškas|mesaj original|eredeti üzenet|αρχικό μήνυμα|оригинално съобщение|"
    r"forwarded message|doorgestuurd bericht|message transféré|weitergeleitete nachricht|"
    r"mensaje reenviado|messaggio inoltrato|mensagem encaminhada|begin forwarded message|"
    r"przekazana wiadomość|wiadomość przekazana|přeposlaná zpráva|proslijeđena poruka|"
    r"vidarebefordrat meddelande|mesaj redirecționat|mesaj redirectionat|προωθημένο μήνυμα|"
    r"препратено съобщение|препратено писмо|оригинално писмо)\b.*$",
    re.IGNORECASE,
)
# An Outlook-style header block: "From: x" followed by "Sent:/Date:" within four lines.
_HEAD_FROM = re.compile(
    r"^\s*\*?(from|von|van|de|od|da|från|fra|lähettäjä|feladó|από|от|saatja|no|nuo|šalje|"
    r"pošiljatelj|expeditor|remitente|mittente|remetente)\s*\*?\s*:", re.IGNORECASE
)
_HEAD_NEXT = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|verzonden|envoyé|enviado|inviato|wysłano|wysłane|odesláno|"
    r"odoslané|poslano|skickat|sendt|lähetetty|elküldve|στάλθηκε|изпратено|saadetud|nosūtīts|"
    r"išsiųsta|trimis|trimisă|enviada|envoyée|inviata|odeslána|wysłana|fecha|data|to|an|aan|à|para|a|do|till|til|"
    # the subject and addressee lines of webmails in the eastern languages ("Относно:", "До:", "Изпратено на:")
    r"изпратено на|относно|до|προς|θέμα|komu|předmět|temat|prima|predmet|ämne|către|subiect)"
    r"\s*\*?\s*:",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(-- ?|__+|sent from my \w+.*|verzonden vanaf mijn .*|envoyé de mon .*|"
                        r"von meinem .* gesendet|gesendet von .*|enviado desde mi .*|inviato da .*)$",
                        re.IGNORECASE)
# Company disclaimers: they tell the reader to "delete" the mail and speak of "privacy".
_DISCLAIMER = re.compile(
    r"(intended recipient|intended solely|confidential and may|this e-?mail and any attachments|"
    r"beoogde ontvanger|vertrouwelijk en uitsluitend|destinataire de ce message|"
    r"strictement confidentiel|ce message et toutes les pièces|"
    r"vertrauliche und/oder|nicht der richtige adressat|irrtümlich erhalten|"
    r"destinatario (indicato|previsto)|informazioni riservate|destinatario de este mensaje|"
    r"confidencial y (está|va) dirigid|think before you print|przed wydrukowaniem)",
    re.IGNORECASE,
)
# "...received this message in error, please notify the sender and delete it", in the 14
# languages: an error phrase and the sender together (a person may write "I received
# your newsletter by mistake", but does not tell us to notify the sender).
_IN_ERROR = re.compile(
    r"(in error|by mistake|per vergissing|abusievelijk|par erreur|irrtümlich|fälschlicherweise|irrtumlich|"
    r"por error|per errore|por engano|por erro|przez pomyłkę|omyłkowo|omylem|greškom|greskom|pogreškom|"
    r"av misstag|din greșeală|din greseala|din greşeală|în mod eronat|κατά λάθος|κατα λαθος|εκ παραδρομής|"
    r"по грешка)", re.IGNORECASE)
_SENDER = re.compile(
    r"(sender|afzender|expéditeur|expediteur|absender|remitente|mittente|remetente|nadawc|odesílatel|"
    r"odesilatel|pošiljatelj|posiljatelj|avsändare|avsandare|expeditor|αποστολέα|подател)", re.IGNORECASE)


# A system's field line ("Vrsta zahtjeva: brisanje osobnih podataka", "Identificador:   CF-26-4471903"):
# a label and its value.
FIELD_LINES = re.compile(r"^[ \t]*[^\s:][^:\n.!?]{0,40}:[ \t]+[^\n]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Reading:
    """The author's own text and the quoted remainder of one body; `signature`, the lines
    under the author's signature delimiter ("-- " or a rule of underscores), which the
    quoted remainder also holds: a robot's footer stands there ("-- / Wiadomość została
    wygenerowana automatycznie."), but not a firm's confidentiality notice, which may call
    itself automatic too ("*** AVVISO DI RISERVATEZZA - messaggio generato automaticamente
    *** ... destinati esclusivamente al destinatario indicato")."""

    own: str
    quoted: str
    signature: str = ""


def read_body(body: str) -> Reading:
    """Split a body into the author's words and what they quote; drop signatures."""
    body = body[: MAX_CHARS * 2].replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
    lines = body.split("\n")
    own: list[str] = []
    quoted: list[str] = []
    signature: list[str] = []
    cut = signing = quoting = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if signing:  # the signature block runs up to a quotation, a forward or the next delimiter
            signing = len(signature) < _SIGNATURE_LINES and not (
                _SEPARATOR.match(stripped) or _WROTE.match(stripped) or stripped.startswith(">")
                or _DELIMITER.match(stripped) or _HEAD_FROM.match(stripped))
            if signing:
                signature.append(line)
        if not cut:
            if _SEPARATOR.match(stripped) or _WROTE.match(stripped):
                cut = True
                continue
            if _HEAD_FROM.match(stripped) and not _in_table(lines, i) and any(
                _HEAD_NEXT.match(following.strip()) for following in lines[i + 1 : i + 5]
            ):
                cut = True
            elif _SIGNATURE.match(stripped):
                # a signature ends the author's words, but a forward may follow it
                cut = True
                signing = not quoting and _DELIMITER.match(stripped) is not None
                continue
        if cut or stripped.startswith(">"):
            quoting = True
            quoted.append(stripped.lstrip("> "))
        else:
            own.append(line)
    return Reading(_drop_disclaimers("\n".join(own))[:MAX_CHARS], "\n".join(quoted)[:MAX_CHARS],
                   _drop_disclaimers("\n".join(signature)))


def _in_table(lines: list[str], i: int) -> bool:
    """The "From:" at line `i` is a row of a table of fields (a certified-mail notice's
    "Identificador: ... / Remitente: ... / Enviada: ... / Asunto: ..."), not the first line
    of a quoted mail's header block: the row above it is a field of its own."""
    above = lines[i - 1].strip() if i else ""
    return bool(FIELD_LINES.match(above)) and not _HEAD_FROM.match(above) and not _HEAD_NEXT.match(above)


# The signature delimiters whose block is kept (Reading.signature), and how many of its lines.
_DELIMITER = re.compile(r"^(-- ?|__+)$")
_SIGNATURE_LINES = 8


def _drop_disclaimers(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(p for p in paragraphs if not _is_disclaimer(p))


def _is_disclaimer(paragraph: str) -> bool:
    return bool(_DISCLAIMER.search(paragraph) or (_IN_ERROR.search(paragraph) and _SENDER.search(paragraph)))


def _fold_char(char: str) -> str:
    low = char.lower()
    if len(low) != 1:
        return char
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return decomposed if len(decomposed) == 1 else low


_SPECIAL = {"ł": "l", "Ł": "l", "Đ": "d", "ς": "σ", "’": "'", "‘": "'", "`": "'", "\n": " ", "\t": " ", "ı": "i", "đ": "d"}


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (a mail has few)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _SPECIAL.get(char) or _fold_char(char)
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase and strip diacritics, keeping every offset in place.

    People write "donnees", "stergere", "udaju" as often as the accented forms, and
    upper-case Greek drops its tonos: rules are written folded and match both. The
    result has exactly the length of `text`, so sentence bounds found on the original
    (where capitals still show) apply to it.
    """
    return text.translate(_FOLD)


_BOUNDARY = re.compile(r"[.!?;]+[\"')\]]*\s+|\n\s*\n|\n\s*(?=[-*•–·]|\(?[a-h0-9]{1,2}[.)]\s)")


# Abbreviations that end in a full stop but never end a sentence ("e.g. CSV").
_ABBREVIATIONS = frozenset({
    "e.g", "i.e", "cf", "approx", "z.b", "bzw", "vgl", "usw", "ggf", "bspw", "d.h", "bijv", "o.a", "m.a.w",
    "p.ex", "c.-a-d", "n.b", "p.e", "p.ej", "p.es", "np", "npr", "tj", "tzn", "např", "tzv", "dvs", "t.ex",
    "bl.a", "alin", "π.χ", "т.е", "напр", "вж", "mr", "mrs", "dr", "prof",
    # legal citations: "gem. Art. 15 Abs. 1 lit. b", "art. 12 alin. (3)", "čl. 17 st. 1", "ust. 2"
    "art", "artt", "gem", "abs", "lit", "ust", "par", "čl", "odst", "st", "ap", "nr", "no", "αρθ", "παρ", "чл", "ал",
    # numbers, streets, phones and titles before a name: "αρ. Παραγγελίας", "br. Narudžbe", "Fr. Müller"
    "αρ", "τηλ", "οδ", "κ", "κα", "br", "č", "čís", "tel", "ul", "str", "bul", "бул", "ул", "тел", "г-н", "г-жа",
    "dhr", "mevr", "hr", "fr", "sr", "sra", "sig", "dott", "dl", "dna", "núm", "n.º", "nº", "mme", "mlle",
})
_LAST_WORD = re.compile(r"(\S+)$")


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence or list item starts (offset 0 included).

    A full stop counts only before a capital, a bullet or a line break, so that
    "art. 15" and "e.g. the" do not end a sentence; "?" and "!" end one anywhere
    (people who write in lowercase still ask one thing per question).
    """
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        token = match.group()
        if token[0] == "." and not set(token) & set("!?") and "\n" not in token:
            nxt = text[end : end + 1]
            if not nxt or not (nxt.isupper() or nxt in "-*•–·\"'("):
                continue
            before = _LAST_WORD.search(text, max(0, match.start() - 12), match.start())
            if before and before.group(1).lower().lstrip("(") in _ABBREVIATIONS:
                continue
        starts.append(end)
    return starts

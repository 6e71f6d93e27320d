"""Letters sent as attachments: a cover note with the request in a PDF or a text file."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from bot.mail.attachments import MAX_FILES, attached_letters
from bot.mail.parse import parse
from bot.rules import Classifier

LETTER_FR = [
    "Madame, Monsieur,",
    "Conformément à l'article 17 du RGPD, je vous demande d'effacer toutes les données",
    "personnelles que vous détenez à mon sujet et de supprimer mon compte client.",
    "Veuillez me confirmer l'effacement dans le délai d'un mois.",
    "Veuillez agréer mes salutations distinguées. Claire Dubois",
]
LETTER_EN = ("Dear Sir or Madam,\n\nUnder Article 15 GDPR I request a copy of all personal data you hold "
             "about me, the purposes of the processing and the recipients.\n\nYours faithfully,\nJohn Miles\n")


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica, WinAnsi)."""
    def escape(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = ("BT /F1 11 Tf 14 TL 50 780 Td " + " ".join(f"({escape(line)}) Tj T*" for line in lines) + " ET")
    content = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def mail(body: str, *files: tuple[str, str, bytes], subject: str = "Demande") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Claire <claire@example.fr>"
    msg["To"] = "privacy@shop.example.be"
    msg["Subject"] = subject
    msg["Message-ID"] = "<a1@example.fr>"
    msg.set_content(body)
    for filename, kind, data in files:
        if kind == "message/rfc822":
            inner = EmailMessage()
            inner["Subject"] = "old"
            inner.set_content(data.decode())
            msg.add_attachment(inner, filename=filename)
        else:
            maintype, subtype = kind.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


@pytest.fixture(scope="module")
def rules_alone() -> Classifier:
    return Classifier(sets=[])


def test_a_pdf_letter_under_a_cover_note_is_read(rules_alone: Classifier) -> None:
    raw = mail("Bonjour,\n\nVeuillez trouver ma demande en pièce jointe.\n\nClaire",
               ("demande.pdf", "application/pdf", pdf(LETTER_FR)))
    letters = attached_letters(raw)
    assert [a.filename for a in letters] == ["demande.pdf"]
    assert "effacer toutes les données" in " ".join(letters[0].text.split())
    verdict = rules_alone.classify(parse(raw))
    assert verdict.category.value == "deletion" and verdict.language == "fr"
    assert "attached letter read: demande.pdf" in verdict.hits
    # without the file, the cover note asks nothing the rules can place
    assert rules_alone.classify(parse(mail("Bonjour,\n\nVeuillez trouver ma demande en pièce jointe.\n\nClaire"))
                                ).category.value != "deletion"


def test_a_text_file_letter_is_read(rules_alone: Classifier) -> None:
    raw = mail("Hello, my request is attached. John", ("request.txt", "text/plain", LETTER_EN.encode()),
               subject="")
    verdict = rules_alone.classify(parse(raw))
    assert verdict.category.value == "access"
    assert "attached letter read: request.txt" in verdict.hits


def test_a_mail_that_speaks_for_itself_is_read_alone(rules_alone: Classifier) -> None:
    body = ("Hello, I ordered a garden table last week (order 2026-4471) and it arrived with a broken leg. "
            "The courier left it at my neighbour's door and the box was open. Could you send a replacement leg "
            "or tell me how to return the table? I attach the invoice and the delivery note so you can see "
            "the order details. I would prefer a replacement because I like the table. Thanks, Claire")
    assert len(body.split()) >= 60
    raw = mail(body, ("invoice.pdf", "application/pdf", pdf(LETTER_FR)))
    verdict = rules_alone.classify(parse(raw))
    assert verdict.category.value == "other"
    assert not any(h.startswith("attached letter read") for h in verdict.hits)


def test_unreadable_and_foreign_files_are_skipped() -> None:
    broken = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer garbage"
    forwarded = LETTER_EN.encode()
    raw = mail("See attached.", ("broken.pdf", "application/pdf", broken), ("photo.jpg", "image/jpeg", b"\xff\xd8\xff"),
               ("old.eml", "message/rfc822", forwarded))
    # a damaged PDF, an image, an attached mail (whose text the parser already gives as
    # the body's, as a forward's): no letter read
    assert attached_letters(raw) == []


def test_at_most_a_few_files_are_read() -> None:
    files = [(f"letter{i}.txt", "text/plain", LETTER_EN.encode()) for i in range(MAX_FILES + 2)]
    assert len(attached_letters(mail("Attached.", *files))) == MAX_FILES


def test_a_robot_with_a_pdf_stays_a_robot(rules_alone: Classifier) -> None:
    raw = mail("I am out of the office until Monday.", ("letter.pdf", "application/pdf", pdf(LETTER_FR)),
               subject="Automatic reply: Demande")
    raw = b"Auto-Submitted: auto-replied\n" + raw
    assert rules_alone.classify(parse(raw)).category.value == "automated"

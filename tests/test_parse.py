"""Parsing what clients really send: raw UTF-8 headers, RFC 2047, odd From lines."""

from __future__ import annotations

import pytest

from bot.mail.parse import parse


@pytest.mark.parametrize(
    "raw",
    [
        "From: Jürgen <j@example.de>\r\nSubject: Löschung meiner Daten — ΓΚΠΔ\r\n\r\nx\r\n".encode(),  # RFC 6532
        b"From: =?utf-8?q?J=C3=BCrgen?= <j@example.de>\r\nSubject: =?utf-8?q?L=C3=B6schung_meiner_Daten_=E2=80=94_=CE=93=CE=9A=CE=A0=CE=94?=\r\n\r\nx\r\n",
    ],
)
def test_utf8_headers_are_read_whether_encoded_or_raw(raw: bytes) -> None:
    mail = parse(raw)
    assert mail.subject == "Löschung meiner Daten — ΓΚΠΔ"
    assert mail.from_display == "Jürgen" and mail.from_addr == "j@example.de"


def test_latin1_raw_header_does_not_turn_into_replacement_characters() -> None:
    mail = parse(b"From: J\xfcrgen <j@example.de>\r\nSubject: L\xf6schung\r\n\r\nx\r\n")
    assert mail.subject == "Löschung" and mail.from_display == "Jürgen"


@pytest.mark.parametrize(
    ("from_line", "addr", "count"),
    [
        ("Alice <Alice@Example.org>", "alice@example.org", 1),
        ("alice@example.org, mallory@evil.example", None, 2),
        ("not an address", None, 1),
        ('"bank@example.org" <mallory@evil.example>', "mallory@evil.example", 1),
    ],
)
def test_from_yields_one_address_or_none(from_line: str, addr: str | None, count: int) -> None:
    mail = parse(f"From: {from_line}\r\nSubject: x\r\n\r\nbody\r\n".encode())
    assert mail.from_addr == addr and mail.from_count == count


def test_html_only_mail_keeps_its_lines_and_quotes() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><title>t</title><style>p{margin:0}</style></head><body><div dir='ltr'>"
        b"<p>Hello,</p><p>please delete&nbsp;my&nbsp;data.<br>Thanks,<br>Ann</p>"
        b"<blockquote>On Monday you wrote:<br>We received <b>your</b> request</blockquote><!-- x --></div></body></html>"
    )
    body = parse(raw).body
    assert body.splitlines() == ["Hello,", "", "please delete my data.", "Thanks,", "Ann", "",
                                 "> On Monday you wrote:", "> We received your request"]
    assert "margin" not in body and "<" not in body


def test_html_reply_quote_counts_as_quoted_text() -> None:
    from bot.rules.reading import read_body

    raw = (
        b"From: a@example.org\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b"<div>Yes, go ahead.</div><blockquote>please confirm that you want your account deleted</blockquote>"
    )
    reading = read_body(parse(raw).body)
    assert "deleted" not in reading.own and "deleted" in reading.quoted


def test_outlook_header_block_starts_the_quote_in_more_languages() -> None:
    from bot.rules.reading import read_body

    body = ("Obrigada, está tudo certo.\n\n-----Mensagem original-----\nDe: Privacy Team <privacy@shop.example.be>\n"
            "Enviada: 3 de dezembro de 2026 09:40\nPara: ana@example.org\nAssunto: Os seus dados foram retificados\n\n"
            "Os seus dados pessoais foram retificados.\n")
    reading = read_body(body)
    assert "retificados" not in reading.own and "retificados" in reading.quoted
    bare = ("Obrigada.\n\nDe: Privacy Team <privacy@shop.example.be>\nEnviada: 3 de dezembro de 2026 09:40\n"
            "Assunto: Os seus dados foram retificados\n\nOs seus dados pessoais foram retificados.\n")
    assert "retificados" not in read_body(bare).own
    # the webmail of a Bulgarian provider: its own separator, and "Относно:"/"До:" below "От:"
    bounce = ("Моля, махнете адреса ми от списъка ви за бюлетини.\n\n-------- Оригинално писмо --------\n"
              "От: Mail Delivery System <MAILER-DAEMON@smtp-out.abv.bg>\nОтносно: Undelivered Mail Returned to Sender\n"
              "До: radi@abv.bg\n\nThis is the mail system at host smtp-out.abv.bg.\n")
    assert "mail system" not in read_body(bounce).own and "mail system" in read_body(bounce).quoted
    bare = bounce.replace("-------- Оригинално писмо --------\n", "")
    assert "mail system" not in read_body(bare).own


def test_the_signature_block_is_kept_apart_up_to_a_quotation() -> None:
    from bot.rules.reading import read_body

    body = ("Twoja karta SIM jest aktywna.\n\nZespół Orbita\n--\n"
            "Wiadomość została wygenerowana automatycznie.\nInfolinia: 0800 77 154\n"
            "W dniu 3 grudnia 2026 Anna napisała:\n> Usuńcie moje dane\n")
    reading = read_body(body)
    assert reading.signature == "Wiadomość została wygenerowana automatycznie.\nInfolinia: 0800 77 154"
    assert "automatycznie" not in reading.own and "Usuńcie" not in reading.signature
    # a delimiter under a quotation signs the quoted mail, not the author's
    assert read_body("Ok.\n> Twoja karta\n> --\n> Nie odpowiadaj\n").signature == ""
    assert read_body("Ok.\n\nJan\nSent from my phone\n--\nfooter\n").signature == ""
    assert read_body("Please delete my data.\n\nJan\n").signature == ""


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Hebt u dit bericht per vergissing ontvangen, verwittig dan de afzender en verwijder het bericht.",
        "Ako ste poruku primili greškom, molimo obavijestite pošiljatelja i izbrišite je.",
        "Ако сте го получили по грешка,\nмоля, уведомете подателя и го изтрийте.",
        "Se recebeu esta mensagem por engano, avise o remetente e apague-a.",
    ],
)
def test_a_received_in_error_disclaimer_is_dropped_but_a_person_saying_so_is_not(disclaimer: str) -> None:
    from bot.rules.reading import read_body

    body = f"I never subscribed to this. Please delete my address.\n\nJan\n\n{disclaimer}\n"
    assert read_body(body).own.strip() == "I never subscribed to this. Please delete my address.\n\nJan"
    person = "I received your newsletter by mistake, I never signed up. Please delete my address."
    assert read_body(person).own.strip() == person


def test_utf8_sent_under_a_wrong_charset_is_read_as_written() -> None:
    """A mail whose text is UTF-8 but whose header says windows-1250 (or a letter pasted
    from such a mail) shows 'viĹˇe ne ÄŤita'; it is read as 'više ne čita'. Rightly
    decoded accents are left alone."""
    wrong = ("From: Marija <m@example.hr>\nTo: privacy@shop.example.be\nSubject: x\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=windows-1250\nContent-Transfer-Encoding: 8bit\n\n").encode() + \
        "Ova adresa se više ne čita.\n".encode("utf-8")
    assert parse(wrong).body.strip() == "Ova adresa se više ne čita."
    pasted = parse("From: a@example.fr\nSubject: x\n\nJe voudrais accÃ©der Ã mes donnÃ©es â€“ merci, café\n".encode())
    assert pasted.body.strip() == "Je voudrais accéder Ã mes données – merci, café"
    right = parse("From: a@example.de\nSubject: x\n\nGrüße, «Zitat» — Pořád nic\n".encode())
    assert right.body.strip() == "Grüße, «Zitat» — Pořád nic"

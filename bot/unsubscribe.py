"""Headers a newsletter sender puts in each mail so readers can leave in one click.

The link comes from `Workflow.unsubscribe_link(address, list_name)` (an opaque token,
no personal data); the mailto address is the privacy mailbox, where an "unsubscribe"
mail takes the withdraw_consent path like the link does.

- RFC 2369 §3.2: `List-Unsubscribe` holds one or more URIs in angle brackets, separated
  by commas, most preferred first.
- RFC 8058 §3.1: `List-Unsubscribe-Post: List-Unsubscribe=One-Click` asks the receiver
  to POST that body to the HTTPS URI, without cookies. It is only valid beside an HTTPS
  URI, so it is left out for a plain http link (a local demo).
"""

from __future__ import annotations

from urllib.parse import urlsplit

ONE_CLICK = "List-Unsubscribe=One-Click"
#: The subject of the mailto URI: a mail program that unsubscribes by mail (its
#: "Unsubscribe" button) sends this subject, with a line of its own or no body.
MAILTO_SUBJECT = "unsubscribe"


def _safe(value: str, what: str) -> str:
    # A value copied into a header must not be able to end it or close its bracket.
    if not value or any(c in value for c in '\r\n<>, \t"') or not value.isprintable():
        raise ValueError(f"{what} cannot go into a List-Unsubscribe header: {value!r}")
    return value


def list_unsubscribe_headers(link: str, mailto: str | None = None) -> dict[str, str]:
    """`List-Unsubscribe` (and `List-Unsubscribe-Post` for an HTTPS link) for one mail."""
    scheme = urlsplit(_safe(link, "the link")).scheme.lower()
    if scheme not in ("https", "http"):
        raise ValueError(
            f"the unsubscribe link must be an http(s) URL, not {scheme or 'a relative one'}"
        )
    uris = [f"<{link}>"]
    if mailto:
        address = _safe(mailto.removeprefix("mailto:"), "the mailto address")
        if address.count("@") != 1 or "?" in address:
            raise ValueError(f"not a plain mail address: {address!r}")
        uris.append(f"<mailto:{address}?subject={MAILTO_SUBJECT}>")
    headers = {"List-Unsubscribe": ", ".join(uris)}
    if scheme == "https":
        headers["List-Unsubscribe-Post"] = ONE_CLICK
    return headers

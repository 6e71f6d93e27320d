"""Sample values for every reply template this package renders.

`privacy-bot check` renders each template in every language with these (strict
undefined), and `tests/test_templates.py` does the same, so a template that names a
value the bot does not give fails there, not in a requester's reply. The shapes
are the ones `registry.render_reply` and the app pass: plain strings, lists, dicts.
"""

from __future__ import annotations

from typing import Any

_CASE = {"case_id": "PB-2611-ABCDEFGH", "company": "Example"}
_LINK = "https://privacy.example.com/download/2f7c1e"

#: One sample per outcome section (`HandlerPlan.section`), as `reply_sections` makes it.
SECTION_SAMPLES: dict[str, dict[str, Any]] = {
    "access": {"section": "access",
               "tables": [{"table": "crm.contacts", "rows": 1},
                          {"table": "shop.invoices", "rows": 2}],
               "register": [{"table": "crm.contacts", "purpose": "customer relationship",
                             "legal_basis": "legitimate interest, Art. 6(1)(f) GDPR",
                             "recipients": "CRM hosting provider (EU)",
                             "retention": "3 years after the last contact",
                             "origin": "the data subject"}],
               "download_url": _LINK},
    "portability": {"section": "portability", "tables": [{"table": "crm.contacts", "rows": 1}],
                    "register": [], "download_url": _LINK},
    "deletion": {"section": "deletion", "deleted": [{"table": "crm.contacts", "rows": 1}],
                 "kept": [{"table": "shop.invoices", "rows": 2,
                           "columns": "billing_name, billing_street",
                           "reason": "Belgian accounting law keeps invoices 7 years."}],
                 "suppressed": True},
    "correction": {"section": "correction",
                   "changes": [{"field": "phone", "old": "+32 470 00 00 01",
                                "new": "+32 470 12 34 56"}],
                   "unchanged": ["city"], "unknown": ["address"], "needs_input": False,
                   "conflicts": ["last_name"]},
    "restriction": {"section": "restriction", "tables": ["crm.contacts", "website.accounts"]},
    "objection": {"section": "objection", "marketing": True, "tables": ["crm.contacts"],
                  "lists": ["newsletter", "product-news"]},
    "withdraw_consent": {"section": "withdraw_consent", "lists": ["newsletter", "product-news"]},
    "complaint": {"section": "complaint", "earlier_cases": ["PB-2610-ZZZZZZZZ"]},
    "no_data": {"section": "no_data", "requests": ["access", "deletion"]},
}

#: Template name -> values, complete (common values included): for `privacy-bot check`.
TEMPLATE_SAMPLES: dict[str, dict[str, Any]] = {
    "challenge": {**_CASE, "categories": ["access", "deletion"], "due": "2026-12-29", "verify_url": "https://privacy.example.com/verify/6f1d2a",
                  "code": "483 920", "expires": "2026-11-30 18:00 UTC"},
    "challenge_reminder": {**_CASE, "verify_url": "https://privacy.example.com/verify/6f1d2a",
                           "code": "483 920", "expires": "2026-11-30 18:00 UTC"},
    "challenge_expired": {**_CASE},
    "outcome": {**_CASE, "sections": list(SECTION_SAMPLES.values()),
                "link_expires": "2026-12-14"},
    "extension": {**_CASE, "due": "2026-12-29", "new_due": "2027-02-28",
                  "reason": "Your request covers many years of orders in several systems."},
    "complaint_acknowledgement": {**_CASE, "earlier_cases": ["PB-2610-ZZZZZZZZ"]},
    "unsubscribed": {**_CASE, "lists": ["newsletter", "product-news"]},
    "clarification": {**_CASE, "due": "2026-12-29",
                      "question": "Which of our services do you mean: the shop or the newsletter?"},
}

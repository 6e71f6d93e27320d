"""The categories a mail is sorted into (contract: DESIGN.md)."""

from enum import StrEnum


class Category(StrEnum):
    ACCESS = "access"
    CORRECTION = "correction"
    DELETION = "deletion"
    PORTABILITY = "portability"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    COMPLAINT = "complaint"
    OTHER = "other"
    AUTOMATED = "automated"


#: Requests that disclose or change personal data: never acted on before the sender
#: has proven control of the address (GDPR Art. 12(6), EDPB Guidelines 01/2022).
NEEDS_VERIFICATION = frozenset(
    {
        Category.ACCESS,
        Category.PORTABILITY,
        Category.CORRECTION,
        Category.DELETION,
        Category.RESTRICTION,
        Category.OBJECTION,
    }
)

#: Categories that make a privacy request (everything but other and automated).
REQUESTS = frozenset(Category) - {Category.OTHER, Category.AUTOMATED}

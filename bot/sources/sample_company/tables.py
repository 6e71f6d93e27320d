"""The sample company's schema, its source configuration and its processing register."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import sqlalchemy as sa

from bot.sources.config import (
    Erasure,
    Link,
    RegisterEntry,
    SourceConfig,
    TableConfig,
    processing_register,
)

SOURCE_NAMES = ("crm", "newsletter", "website", "shop")

# Quoted in the erasure reply for the rows that stay (anonymised).
ACCOUNTING_REASON = (
    "Belgian accounting law requires us to keep invoices and the orders supporting them "
    "for 7 years (art. III.86 of the Code of Economic Law / WER); we keep the amounts "
    "and have removed your name, address and email address from them."
)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def schema() -> dict[str, sa.MetaData]:
    """One MetaData per source; several sources may share a database (names differ)."""
    crm, newsletter, website, shop = (sa.MetaData() for _ in SOURCE_NAMES)
    text, when = sa.String(200), sa.DateTime()
    sa.Table("contacts", crm, _id(),
             sa.Column("email", sa.String(254), nullable=False),
             sa.Column("email_alt", sa.String(254)),
             *(sa.Column(c, text) for c in ("first_name", "last_name", "phone", "street",
                                            "postcode", "city")),
             sa.Column("country", sa.String(2)), sa.Column("language", sa.String(2)),
             sa.Column("restricted", sa.Boolean, nullable=False, default=False),
             sa.Column("objected_at", when), sa.Column("created_at", when, nullable=False))
    sa.Table("notes", crm, _id(),
             sa.Column("contact_id", sa.ForeignKey("contacts.id"), nullable=False),
             sa.Column("author", text), sa.Column("body", sa.Text),
             sa.Column("written_at", when, nullable=False))
    sa.Table("interactions", crm, _id(),
             sa.Column("contact_id", sa.ForeignKey("contacts.id"), nullable=False),
             sa.Column("channel", sa.String(20)), sa.Column("summary", text),
             sa.Column("happened_at", when, nullable=False))
    sa.Table("subscribers", newsletter, _id(),
             sa.Column("email", sa.String(254), nullable=False),
             sa.Column("name", text), sa.Column("language", sa.String(2)),
             sa.Column("subscribed", sa.Boolean, nullable=False),
             # Kept after withdrawal as proof that consent was given (Art. 7(1)).
             sa.Column("consented_at", when, nullable=False),
             sa.Column("consent_source", text), sa.Column("unsubscribed_at", when))
    sa.Table("accounts", website, _id(),
             sa.Column("email", sa.String(254), nullable=False, unique=True),
             sa.Column("display_name", text), sa.Column("password_hash", text),
             sa.Column("marketing_opt_in_at", when),
             sa.Column("processing_restricted", sa.Boolean, nullable=False, default=False),
             sa.Column("created_at", when, nullable=False), sa.Column("last_login_at", when))
    sa.Table("contact_form", website, _id(),
             sa.Column("email", sa.String(254), nullable=False), sa.Column("name", text),
             sa.Column("subject", text), sa.Column("message", sa.Text),
             sa.Column("ip_address", sa.String(45)),
             sa.Column("submitted_at", when, nullable=False))
    sa.Table("orders", shop, _id(),
             sa.Column("customer_email", sa.String(254), nullable=False),
             *(sa.Column(c, text) for c in ("customer_name", "shipping_street",
                                            "shipping_postcode", "shipping_city")),
             sa.Column("shipping_country", sa.String(2)),
             sa.Column("total_cents", sa.Integer, nullable=False),
             sa.Column("placed_at", when, nullable=False))
    sa.Table("invoices", shop, _id(),
             sa.Column("order_id", sa.ForeignKey("orders.id"), nullable=False),
             sa.Column("number", sa.String(20), nullable=False, unique=True),
             sa.Column("billing_email", sa.String(254), nullable=False),
             *(sa.Column(c, text) for c in ("billing_name", "billing_street",
                                            "billing_postcode", "billing_city")),
             sa.Column("net_cents", sa.Integer, nullable=False),
             sa.Column("vat_cents", sa.Integer, nullable=False),
             sa.Column("issued_at", when, nullable=False))
    return dict(zip(SOURCE_NAMES, (crm, newsletter, website, shop), strict=True))


_CUSTOMERS = "customer relationship: answering questions, following up on orders"
_US = "the data subject"


def sample_configs(urls: Mapping[str, str]) -> tuple[SourceConfig, ...]:
    """The sample company's sources at `urls` (source name -> SQLAlchemy URL)."""
    t = TableConfig
    crm = t("contacts", purpose=_CUSTOMERS, legal_basis="legitimate interest, Art. 6(1)(f) GDPR",
            recipients=("CRM hosting provider (EU)",),
            retention="3 years after the last contact", origin=_US)
    tables = {
        "crm": (
            replace(crm, email_columns=("email", "email_alt"),
                    restriction_column="restricted", objection_column="objected_at",
                    provided_columns=("email", "first_name", "last_name", "phone", "street",
                                      "postcode", "city", "country"),
                    correctable_columns=tuple((c, c) for c in (
                        "first_name", "last_name", "phone", "street", "postcode", "city",
                        "email"))),
            replace(crm, table="notes", via=Link("contacts", "contact_id", "id"),
                    origin="our staff"),
            replace(crm, table="interactions", via=Link("contacts", "contact_id", "id")),
        ),
        "newsletter": (
            t("subscribers", email_columns=("email",), consent_column="subscribed",
              withdrawn_column="unsubscribed_at", list_name="newsletter",
              provided_columns=("email", "name", "language"),
              correctable_columns=(("name", "name"),),
              purpose="sending the monthly newsletter", legal_basis="consent, Art. 6(1)(a) "
              "GDPR", recipients=("mailing service provider (EU)",),
              retention="until consent is withdrawn; proof of consent 3 years more",
              origin=_US),
        ),
        "website": (
            t("accounts", email_columns=("email",), consent_column="marketing_opt_in_at",
              list_name="product-news", restriction_column="processing_restricted",
              provided_columns=("email", "display_name", "created_at"),
              withheld_columns=("password_hash",),
              correctable_columns=(("name", "display_name"),),
              purpose="providing the customer account on our website",
              legal_basis="contract, Art. 6(1)(b) GDPR", recipients=("web hosting provider (EU)",),
              retention="until the account is closed, then 30 days", origin=_US),
            t("contact_form", email_columns=("email",),
              provided_columns=("email", "name", "subject", "message"),
              purpose="answering questions sent through the website",
              legal_basis="legitimate interest, Art. 6(1)(f) GDPR",
              recipients=("web hosting provider (EU)",), retention="1 year", origin=_US),
        ),
        "shop": tuple(
            t(name, email_columns=(email,), erasure=Erasure.ANONYMISE,
              anonymise_columns=columns, keep_reason=ACCOUNTING_REASON,
              provided_columns=(email, *columns),
              purpose="selling and delivering orders, invoicing",
              legal_basis="contract, Art. 6(1)(b) GDPR; legal obligation, Art. 6(1)(c) GDPR",
              recipients=("parcel carrier", "accountant", "tax authority on request"),
              retention="7 years (art. III.86 WER)", origin=_US)
            for name, email, columns in (
                ("orders", "customer_email", ("customer_name", "shipping_street",
                                              "shipping_postcode", "shipping_city")),
                ("invoices", "billing_email", ("billing_name", "billing_street",
                                               "billing_postcode", "billing_city")),
            )
        ),
    }
    return tuple(SourceConfig(name, urls[name], tables[name]) for name in SOURCE_NAMES)


def sample_register() -> tuple[RegisterEntry, ...]:
    """The sample company's processing register (Art. 30), per source and table."""
    return processing_register(sample_configs({n: "sqlite://" for n in SOURCE_NAMES}))

"""Rows of the sample company, made deterministically from a seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.sources.sample_company.people import (
    ALICE,
    BOB,
    CHLOE,
    JAN,
    LENA,
    Person,
    invent_people,
    known_as_person,
    vary_case,
)

# Fixed, so two builds with one seed are identical whatever day they run.
START = dt.datetime(2022, 1, 3, 9, 0)
_SUBJECTS = ("Question about my order", "Opening hours", "Invoice copy", "Delivery delay",
             "Product advice")


class Company:
    """Accumulates the rows of every table, with ids assigned here so links hold."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: dict[str, list[dict[str, object]]] = {}

    def _add(self, table: str, **values: object) -> int:
        rows = self.rows.setdefault(table, [])
        rows.append({"id": len(rows) + 1, **values})
        return len(rows)

    def when(self, days: int = 900) -> dt.datetime:
        return START + dt.timedelta(days=self.rng.randint(0, days),
                                    minutes=self.rng.randint(0, 600))

    def contact(self, p: Person, email: str, alt: str | None = None, notes: int = 0,
                interactions: int = 0) -> None:
        cid = self._add("contacts", email=email, email_alt=alt, first_name=p.first,
                        last_name=p.last, phone=p.phone, street=p.street, postcode=p.postcode,
                        city=p.city, country=p.country, language=p.language,
                        restricted=False, objected_at=None, created_at=self.when())
        for _ in range(notes):
            self._add("notes", contact_id=cid, author="support",
                      body=f"Called about {self.rng.choice(_SUBJECTS).lower()}.",
                      written_at=self.when())
        for _ in range(interactions):
            self._add("interactions", contact_id=cid,
                      channel=self.rng.choice(("email", "phone", "meeting")),
                      summary=self.rng.choice(_SUBJECTS), happened_at=self.when())

    def subscriber(self, p: Person, email: str, subscribed: bool = True) -> None:
        consented = self.when()
        self._add("subscribers", email=email, name=f"{p.first} {p.last}", language=p.language,
                  subscribed=subscribed, consented_at=consented,
                  consent_source=self.rng.choice(("website form", "shop checkout",
                                                  "trade fair Ghent 2023")),
                  unsubscribed_at=None if subscribed else consented + dt.timedelta(days=40))

    def account(self, p: Person, email: str, opt_in: bool = True) -> None:
        created = self.when()
        self._add("accounts", email=email, display_name=f"{p.first} {p.last[0]}.",
                  password_hash=f"argon2id$invented${self.rng.getrandbits(64):016x}",
                  marketing_opt_in_at=created if opt_in else None,
                  processing_restricted=False, created_at=created,
                  last_login_at=created + dt.timedelta(days=self.rng.randint(1, 200)))

    def form(self, p: Person, email: str) -> None:
        subject = self.rng.choice(_SUBJECTS)
        self._add("contact_form", email=email, name=f"{p.first} {p.last}", subject=subject,
                  message=f"Hello, {subject.lower()}? Thanks, {p.first}",
                  ip_address=f"192.0.2.{self.rng.randint(1, 254)}",  # RFC 5737 range
                  submitted_at=self.when())

    def order(self, p: Person, email: str, billing_email: str | None = None) -> None:
        placed = self.when()
        net = self.rng.randint(900, 25000)
        name, street = f"{p.first} {p.last}", p.street
        oid = self._add("orders", customer_email=email, customer_name=name,
                        shipping_street=street, shipping_postcode=p.postcode,
                        shipping_city=p.city, shipping_country=p.country,
                        total_cents=net * 121 // 100, placed_at=placed)
        self._add("invoices", order_id=oid, number=f"2024-{oid:05d}",
                  billing_email=billing_email or email, billing_name=name,
                  billing_street=street, billing_postcode=p.postcode, billing_city=p.city,
                  net_cents=net, vat_cents=net * 21 // 100,
                  issued_at=placed + dt.timedelta(days=1))


def _known(c: Company) -> None:
    alice = known_as_person(ALICE, "Brussels", "1050", "BE")
    c.contact(alice, "Alice.Martin@example.org", notes=2, interactions=2)
    c.subscriber(alice, "ALICE.MARTIN@EXAMPLE.ORG")
    c.account(alice, ALICE.address)
    c.form(alice, ALICE.address)
    c.order(alice, ALICE.address)
    c.order(alice, ALICE.address)
    c.subscriber(known_as_person(BOB, "Leuven", "3000", "BE"), BOB.address)
    chloe = known_as_person(CHLOE, "Liège", "4000", "BE")
    c.contact(chloe, "Chloe.Dupont@gmail.com")
    c.subscriber(chloe, CHLOE.address)
    c.account(chloe, "chloe.dupont+shop@gmail.com", opt_in=False)
    c.order(chloe, "chloe.dupont+shop@gmail.com", billing_email="chloe.dupont@googlemail.com")
    jan = known_as_person(JAN, "Gent", "9000", "BE")
    c.contact(jan, JAN.address, notes=1)
    c.subscriber(jan, "JAN.DEVRIES@EXAMPLE.COM")
    c.order(jan, JAN.address)
    lena = known_as_person(LENA, "Eupen", "4700", "BE")
    c.contact(lena, "Lena.Schmidt@Example.NET", interactions=1)
    c.account(lena, LENA.address)
    c.form(lena, LENA.address)


def _crowd(c: Company, people: list[Person]) -> None:
    rng = c.rng
    for p in people:
        def spelled(p: Person = p) -> str:
            # Now and then a source holds the address as the person typed it that day.
            return vary_case(p.address, rng) if rng.random() < 0.15 else p.address

        if rng.random() < 0.6:
            alt = p.address.replace("@", ".work@") if rng.random() < 0.05 else None
            c.contact(p, spelled(), alt, notes=rng.randint(0, 2),
                      interactions=rng.randint(0, 3))
        if rng.random() < 0.5:
            c.subscriber(p, spelled(), subscribed=rng.random() < 0.85)
        if rng.random() < 0.45:
            c.account(p, p.address, opt_in=rng.random() < 0.4)  # accounts: email unique
        if rng.random() < 0.2:
            c.form(p, spelled())
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2, 3))):
            c.order(p, spelled())


TABLES_OF = {"crm": ("contacts", "notes", "interactions"), "newsletter": ("subscribers",),
             "website": ("accounts", "contact_form"), "shop": ("orders", "invoices")}


def fill(engines: Mapping[str, Engine], metas: Mapping[str, sa.MetaData], seed: int,
         crowd: int) -> None:
    rng = random.Random(seed)
    company = Company(rng)
    _known(company)
    _crowd(company, invent_people(rng, crowd))
    for source, tables in TABLES_OF.items():
        with engines[source].begin() as conn:
            for name in tables:  # parents before children: foreign keys
                rows = company.rows.get(name)
                if rows:
                    conn.execute(metas[source].tables[name].insert(), rows)

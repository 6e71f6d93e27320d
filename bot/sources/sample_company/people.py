"""The invented people of the sample company: a few named ones and a seeded crowd.

Every name and address is made up. Addresses use the reserved example.com/.net/.org
domains (RFC 2606), except the one person whose Gmail spellings (dots, +tag) the
matching tests need.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SamplePerson:
    """A known person: the demo and the tests refer to these by constant."""

    name: str
    address: str               # how the person writes to the privacy mailbox
    language: str
    holds: tuple[str, ...]     # "source.table" where the company holds rows about them
    spellings: tuple[str, ...] = ()  # other spellings of the address stored in sources


ALL_TABLES = (
    "crm.contacts", "crm.notes", "crm.interactions", "newsletter.subscribers",
    "website.accounts", "website.contact_form", "shop.orders", "shop.invoices",
)

ALICE = SamplePerson(
    "Alice Martin", "alice.martin@example.org", "en", ALL_TABLES,
    spellings=("Alice.Martin@example.org", "ALICE.MARTIN@EXAMPLE.ORG"),
)
BOB = SamplePerson("Bob Janssens", "bob@example.net", "en", ("newsletter.subscribers",))
CHLOE = SamplePerson(
    "Chloé Dupont", "chloedupont@gmail.com", "fr",
    ("crm.contacts", "newsletter.subscribers", "website.accounts", "shop.orders",
     "shop.invoices"),
    spellings=("chloe.dupont+shop@gmail.com", "Chloe.Dupont@gmail.com",
               "chloe.dupont@googlemail.com"),
)
JAN = SamplePerson(
    "Jan de Vries", "jan.devries@example.com", "nl",
    ("crm.contacts", "crm.notes", "newsletter.subscribers", "shop.orders", "shop.invoices"),
    spellings=("JAN.DEVRIES@EXAMPLE.COM",),
)
LENA = SamplePerson(
    "Lena Schmidt", "lena.schmidt@example.net", "de",
    ("crm.contacts", "crm.interactions", "website.accounts", "website.contact_form"),
    spellings=("Lena.Schmidt@Example.NET",),
)
# Writes to the privacy mailbox, but the company holds nothing: the "no data" reply.
NOBODY = SamplePerson("Noah Nobody", "noah.nobody@example.org", "en", ())

KNOWN_PEOPLE = (ALICE, BOB, CHLOE, JAN, LENA, NOBODY)


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    address: str
    language: str
    street: str
    postcode: str
    city: str
    country: str
    phone: str


_NAMES = {
    "nl": (("Lotte", "Pieter", "Femke", "Wout", "Sanne", "Bram", "Eline", "Joost"),
           ("Peeters", "Maes", "Claes", "Wouters", "Van Damme", "De Smet", "Mertens")),
    "fr": (("Camille", "Louis", "Manon", "Hugo", "Inès", "Théo", "Léa", "Julien"),
           ("Lambert", "Dubois", "Lejeune", "Renard", "Leclercq", "Simon", "Laurent")),
    "de": (("Jonas", "Mia", "Lukas", "Hannah", "Felix", "Anna", "Paul", "Marie"),
           ("Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Krause")),
    "en": (("Oliver", "Emma", "Harry", "Grace", "Jack", "Sophie", "Noah", "Ella"),
           ("Smith", "Taylor", "Brown", "Evans", "Walker", "Wright", "Green")),
}
_PLACES = {
    "nl": (("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000")),
    "fr": (("Liège", "4000"), ("Namur", "5000"), ("Bruxelles", "1000"), ("Mons", "7000")),
    "de": (("Eupen", "4700"), ("Sankt Vith", "4780"), ("Aachen", "52062"), ("Köln", "50667")),
    "en": (("Brussels", "1050"), ("London", "SW1A 1AA"), ("Dublin", "D02 X285"),
           ("Brussels", "1040")),
}
_STREETS = ("Kerkstraat", "Rue de la Station", "Hauptstraße", "Market Street", "Dorpsstraat",
            "Avenue Louise", "Lindenweg", "Station Road")
_DOMAINS = ("example.com", "example.net", "example.org")


def invent_people(rng: random.Random, count: int) -> list[Person]:
    """`count` invented people with unique addresses, none of them a known person."""
    taken = {p.address for p in KNOWN_PEOPLE}
    people: list[Person] = []
    while len(people) < count:
        language = rng.choices(("nl", "fr", "de", "en"), weights=(4, 3, 1, 2))[0]
        firsts, lasts = _NAMES[language]
        first, last = rng.choice(firsts), rng.choice(lasts)
        local = _ascii(f"{first}.{last}") if rng.random() < 0.6 else (
            _ascii(f"{first[0]}{last}") + str(rng.randint(1, 99)))
        address = f"{local}@{rng.choice(_DOMAINS)}"
        if address in taken:
            continue
        taken.add(address)
        city, postcode = rng.choice(_PLACES[language])
        country = {"Aachen": "DE", "Köln": "DE", "London": "GB", "Dublin": "IE"}.get(city, "BE")
        people.append(Person(
            first, last, address, language,
            street=f"{rng.choice(_STREETS)} {rng.randint(1, 180)}",
            postcode=postcode, city=city, country=country,
            phone=f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                  f"{rng.randint(10, 99)}",
        ))
    return people


def known_as_person(known: SamplePerson, city: str, postcode: str, country: str) -> Person:
    first, _, last = known.name.partition(" ")
    return Person(first, last, known.address, known.language, "Rue Exemple 1", postcode,
                  city, country, "+32 470 00 00 01")


def _ascii(text: str) -> str:
    table = str.maketrans({"é": "e", "è": "e", "ë": "e", "ü": "ue", "ö": "oe", "ä": "ae",
                           "ß": "ss", "ï": "i", " ": ""})
    return text.lower().translate(table)


def vary_case(address: str, rng: random.Random) -> str:
    """Another spelling a source may hold: capitalised, or shouted."""
    local, _, domain = address.partition("@")
    if rng.random() < 0.5:
        return f"{local.title()}@{domain.title()}"
    return address.upper()

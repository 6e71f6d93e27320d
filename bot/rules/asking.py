"""Does the author of a mail ask about their own data?

The robot checks (automated.py, products.py) trust a robot's signal only over words
that ask nothing about personal data: a person may paste a bounce above a request,
forward a login alert, or write "I am out of office, but please delete my data". Read
here: the author's own words (not the quotation below them), and whether a sentence of
them asks about data (`asks_about_data`) or asks, in the first person, about the
writer's own data or record (`asks_as_self`, `asks_in_first_person`), in 14 languages.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.mail.parse import Incoming
from bot.rules.reading import Reading, fold, read_body, sentence_starts
from bot.rules.ruleset import compile_folded as _folded

# The opening of the author's own words, where a request or a robot's sentences stand.
HEAD = 1500


@functools.lru_cache(maxsize=8)  # the product and the content checks read the same mail
def own_reading(body: str) -> Reading:
    """The opening of `body` split into the author's own words, the quotation below them
    and their signature block (reading.read_body)."""
    return read_body(body[:5000])


def own_words(body: str) -> str:
    """The author's own words in `body`, without the quotation below them."""
    # an auto-reply may quote the mail it answers (ours, full of privacy words)
    return own_reading(body).own


def quotations(longest: int, lines: bool) -> re.Pattern[str]:
    """Text in quotation marks ("…", „…”, «…», “…”) of at most `longest` characters,
    within one line unless `lines`."""
    other = "" if lines else "\n"
    return re.compile("|".join(f"{open_}[^{close}{other}]{{1,{longest}}}[{close}]"
                               for open_, close in (('"', '"'), ("„", "“”"), ("«", "»"), ("“", "”"))))


# What a person asking about their data writes: vetoes the robot checks' weak content signals.
_PERSON_ASKS = re.compile(
    r"(gdpr|\bavg\b|dsgvo|rgpd|rodo|\bgdpr\b|art(\.|icle|ikel|ículo|icolo|igo|ykuł)? ?(7|15|16|17|18|20|21)\b|"
    r"personal data|my data|my details|persoonsgegevens|mijn gegevens|données|daten\b|"
    r"datos|\bdati\b|dados|dane osobowe|"  # "Kundendaten" asks, but "Laura Soldati" does not
    r"moje dane|osobní údaje|osobnih podataka|personuppgifter|"
    r"personoplysninger|henkilötie|isikuandme|personas dati|asmens duomen|date personale|"
    r"személyes adat|δεδομέν|лични данни|delete|erase|remove me|unsubscribe|verwijder|"
    r"afmelden|supprim|effac|désinscri|lösch|abmelden|borrar|elimin|cancell|usun|smaž|vymaz|"
    r"obriš|izbriš|radera|slet|poista|kustuta|dzēs|ištrin|șterge|sterge|töröl|διαγρ|изтри)",
    re.IGNORECASE,
)
# "my data", "my account", "about me" in the 14 languages (folded): a person speaking of
# their own record; auto-replies speak of "your request", never of "my data".
_MY_DATA = re.compile(
    r"\bmy (personal )?(data|details|information|info|account|order history)\b|\b(copy of|everything|all) (you have|you hold|you keep)? ?(about|on) me\b|"
    r"\bmijn \w*gegevens|\bmijn (klant)?account\b|\bover mij\b|"
    r"\bmes (donnees|informations|coordonnees)|\bmon compte\b|\bme concernant\b|"
    r"\bmeine \w*(daten|angaben)|\bmein (kunden)?konto\b|\buber mich\b|"
    r"\bmis datos\b|\bmi cuenta\b|\bsobre mi\b|\bmiei dati\b|\bmio account\b|\bsu di me\b|"
    r"\bmeus dados\b|\bminha conta\b|\bsobre mim\b|"
    r"\bmoje dane\b|\bmoich danych\b|\bmoje konto\b|\bo mnie\b|"
    r"\bmoje (osobni )?udaje\b|\bmych (osobnich )?udaju\b|\bmuj ucet\b|\bo mne\b|"
    r"\bmoj\w* (osobn\w* )?podat\w*|\bmoj (korisnicki )?racun\b|\bo meni\b|"
    r"\bmina \w*uppgifter\b|\bmitt konto\b|\bom mig\b|"
    r"\bdatele (mele|personale ale mele)\b|\bcontul meu\b|\bdespre mine\b|"
    r"δεδομενα μου\b|στοιχεια μου\b|λογαριασμο μου\b|λογαριασμος μου\b|για μενα\b|"
    r"моите (лични )?данни|данните ми\b|акаунта ми\b|профила ми\b|\bза мен\b")


# "For data protection questions, write to our DPO at dpo@...": an auto-reply sending the
# reader elsewhere names privacy words without asking anything. Such a sentence (an
# address, a verb of referral, no "me/my") does not veto the out-of-office signals.
_REFERRAL = re.compile(
    r"\b(contact|write to|e-?mail|reach|please (send|forward)|escriba|dirijase|contacte|contactez|ecrivez|"
    r"adressez|wenden sie sich|kontaktieren sie|schreiben sie|neem contact|contacteer|mail naar|"
    r"scrivere|scriva|contattare|contatti|rivolgersi|contacte|escreva|kontaktuj|napisz|pisz|kontaktujte|"
    r"piste|obratite|kontaktirajte|pisite|kontakta|skriv till|contactati|scrieti|επικοινωνηστε|"
    r"γραψτε|свържете се|пишете|"
    # "please direct requests to ...": "proszę kierować na adres rodo@...", "richten Sie an"
    r"kierowac|kierujcie|zasilejte|adresujte|upucujte|skicka dem|adresati|απευθυνθειτε|насочвайте|"
    r"richten sie|adressez-les|envoyez-les|dirijan|inviatele|stuur deze)", re.IGNORECASE)
# A sender's processing notice in a footer: "processed in accordance with ... privacy policy".
_NOTICE = _folded(
    r"(in accordance with|according to|in line with|conformement (a|au)|volgens|conform|gemass|"
    r"de acuerdo con|conforme (a|al|con)|in conformita|ai sensi|de acordo com|nos termos d|zgodnie z|"
    r"v souladu s|u skladu s|i enlighet med|in conformitate cu|in baza|συμφωνα με|в съответствие с|"
    r"privacy (policy|statement|notice)|privacyverklaring|privacybeleid|politique de confidentialite|"
    r"datenschutzerklarung|datenschutzhinweis|politica de privacidad|informativa (sulla )?privacy|"
    r"politica de privacidade|polityk\w* prywatnosci|zasad\w* ochrany|zasad\w* zpracovani|"
    r"pravil\w* (o )?privatnosti|integritetspolicy|politica de confidentialitate|πολιτικη απορρητου|"
    r"политика(та)? за поверителност)"
)
FIRST_PERSON = re.compile(
    r"\b(me|my|mine|mij|mijn|moi|mes|mon|ma|mich|mir|mein\w*|mi|mis|mio|miei|mia|meu|meus|minha\w*|"
    r"mnie|moje\w*|moj\w*|mne|mně|mě|meni|îmi|imi|mie|mea|mig|mina|mitt|mele|meu|μου|με(?!\s+(τον|την|το|τη|τους|τις|τα|ένα|μια)\b)|"
    r"мен|ме|ми|аз|мой|моите|моя|моят|мои)\b(?![-/]\d)", re.IGNORECASE)  # Greek "με τον" is "with the"
# (a code is no pronoun: "Berater: MA-0412")


def _sentences(text: str) -> list[str]:
    starts = sentence_starts(text) + [len(text)]
    return [text[begin:end] for begin, end in itertools.pairwise(starts)]


# A data protection officer's title in a signature names data without asking anything.
_DPO_TITLE = re.compile(
    r"data protection officer|functionaris (voor|van) (de )?gegevensbescherming|"
    r"d[ée]l[ée]gu[ée]e? (à|a) la protection des donn[ée]es|datenschutzbeauftragter?|"
    r"delegad[oa] de protecci[óo]n de datos|responsabile (della|per la) protezione dei dati|"
    r"encarregad[oa] (da|de) prote[çc][ãa]o de dados|inspektor\w* ochrony danych|"
    r"pov[ěe][řr]enec pro ochranu osobn[íi]ch [úu]daj[ůu]|slu[žz]ben\w* za za[šs]titu osobnih podataka|"
    r"dataskyddsombud|responsabil\w* (cu|pentru) protec[țţt]ia datelor|"
    r"υπ[εέ][υύ]θυν\w* προστασ[ιί]ας (των )?δεδομ[εέ]νων|длъжностно лице по защита на (личните )?данните",
    re.IGNORECASE)


def asks_about_data(own: str) -> bool:
    """A sentence of `own` names personal data or a request about it ("delete", "GDPR",
    "my account"), and is not a referral to another address or a privacy notice."""
    for sentence in _sentences(own):
        sentence = _DPO_TITLE.sub(" ", sentence)
        folded = fold(sentence)
        if not _PERSON_ASKS.search(sentence) and not _MY_DATA.search(folded):
            continue
        if "@" in sentence and _REFERRAL.search(folded) and not FIRST_PERSON.search(sentence):
            continue
        if _NOTICE.search(folded) and not _MY_DATA.search(folded):
            continue  # "your data is processed under the GDPR and our privacy policy": a footer
        return True
    return False


def asks_as_self(mail: Incoming) -> bool:
    """A sentence of the author's own words (not a subject line or a quotation they relay)
    asks about data or a record, in the first person."""
    own = QUOTED.sub(" ", _SUBJECT_FIELD.sub(" ", own_words(mail.body[:5000])))
    return asks_in_first_person(own, _MY_DETAILS)


def asks_of_own_record(text: str) -> bool:
    """A sentence of `text` speaks, in the first person, of the writer's data or of a part
    of their record ("Numărul meu: 0476 28 93 10", "please fix my address")."""
    return any((_PERSON_ASKS.search(s) or _MY_DETAILS.search(s) or _MY_DATA.search(fold(s)))
               and FIRST_PERSON.search(s) for s in _sentences(text))


def asks_in_first_person(text: str, speaks_of: re.Pattern[str] | None = None) -> bool:
    """A sentence of `text` speaks of data (or what `speaks_of` names, a record's parts
    by default "my data") and of the writer ("me", "my")."""
    return any((_PERSON_ASKS.search(s) or (speaks_of.search(s) if speaks_of else _MY_DATA.search(fold(s))))
               and FIRST_PERSON.search(s) for s in _sentences(text))


# A message relayed in quotation marks (a marketplace's "Customer message: „Please delete my
# data”", a list platform's "Reason given: "I withdraw my consent""): the relay does not ask it.
QUOTED = quotations(1500, lines=True)


# A line naming another mail's subject, as quarantine digests and notices list them
# ("Objet : Droit à l'effacement - suppression de mon compte"): the sender does not ask it.
_SUBJECT_FIELD = re.compile(
    r"^[ \t>*-]*(subject|objet|betreff|onderwerp|asunto|oggetto|assunto|temat|předmět|predmet|ämne|amne|"
    r"subiect|θέμα|θεμα|тема)[ \t]*:[^\n]*$", re.IGNORECASE | re.MULTILINE)


# What a person's own record is made of, for "my account / my address is wrong".
_MY_DETAILS = re.compile(
    r"(account|konto|compte|cuenta|conto|conta|profil|address|adres|anschrift|direcci|indirizzo|morada|endere|"
    r"adresa|adress|phone|telefo|name|naam|nom\b|nombre|nome|imi[eę]|jm[eé]no|ime\b|namn|numele|όνομα|"
    r"διεύθυνσ|τηλέφων|име|адрес|телефон|"
    # "my number" (a phone's, a card's): "Numărul meu: 0476 28 93 10"
    r"number|nummer|numéro|numero|número|numer|číslo|cislo|broj|numret|număr|numar|αριθμ|номер)", re.IGNORECASE)

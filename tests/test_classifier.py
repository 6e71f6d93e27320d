"""The classifier on the project's labeled corpus (tests/corpus, see make_corpus.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.categories import REQUESTS, Category
from bot.mail.parse import parse
from bot.rules import Classifier, Verdict

CORPUS = Path(__file__).parent / "corpus"
ROWS = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
#: Measured 1.000 on this corpus (576 mails, bench/classify_bench.py; in-sample: the rules
#: were tuned on it, see the bench notes for the held-out figure); the floor leaves a margin
#: so that a new phrase that costs one mail does not fail the build, while a broken
#: rule file or engine (which costs dozens) does.
MACRO_F1_FLOOR = 0.96


@pytest.fixture(scope="module")
def verdicts() -> list[tuple[dict[str, object], Verdict]]:
    classifier = Classifier()
    return [(row, classifier.classify(parse((CORPUS / str(row["file"])).read_bytes()))) for row in ROWS]


def _f1(pairs: list[tuple[str, str]], label: str) -> float:
    tp = sum(1 for gold, got in pairs if gold == got == label)
    fp = sum(1 for gold, got in pairs if got == label != gold)
    fn = sum(1 for gold, got in pairs if gold == label != got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_corpus_is_big_and_covers_every_category() -> None:
    assert len(ROWS) >= 400
    assert {row["category"] for row in ROWS} == {c.value for c in Category}
    assert {"en", "nl", "fr", "de"} <= {row["language"] for row in ROWS}


def test_macro_f1_above_floor(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    pairs = [(str(row["category"]), v.category.value) for row, v in verdicts]
    scores = {c.value: _f1(pairs, c.value) for c in Category}
    macro = sum(scores.values()) / len(scores)
    assert macro >= MACRO_F1_FLOOR, f"macro-F1 {macro:.3f}: {scores}"


def test_no_robot_taken_for_a_request(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    wrong = [row["file"] for row, v in verdicts if row["category"] == "automated" and v.category in REQUESTS]
    assert not wrong


def test_no_request_taken_for_a_robot(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    wrong = [row["file"] for row, v in verdicts
             if Category(str(row["category"])) in REQUESTS and v.category is Category.AUTOMATED]
    assert not wrong


def test_language_detected(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    people = [(row, v) for row, v in verdicts if row["category"] != "automated"]
    right = sum(1 for row, v in people if v.language == row["language"])
    assert right / len(people) >= 0.95
    core = [(row, v) for row, v in people if row["language"] in ("en", "nl", "fr", "de")]
    assert all(v.language == row["language"] for row, v in core), [
        (row["file"], v.language) for row, v in core if v.language != row["language"]]


@pytest.mark.parametrize(("text", "language"), [
    # Greek and Bulgarian typed in Latin letters are still Greek and Bulgarian (the reply's language)
    ("Kalimera sas, thelo na diagrapsete ton logariasmo mou kai ola ta dedomena mou. Efxaristo", "el"),
    ("Zdraveite, iskam da mi iztriete profila i vsichko, koeto imate za men. Blagodarya", "bg"),
    # Romanian without diacritics
    ("Buna ziua, va rog sa stergeti contul meu si toate datele mele. Multumesc", "ro"),
    ("Καλημέρα σας, θέλω να διαγράψετε τον λογαριασμό μου", "el"),
    ("Здравейте, искам да изтриете профила ми", "bg"),
])
def test_language_of_mails_typed_without_their_script_or_accents(text: str, language: str) -> None:
    from bot.rules.language import detect_language

    assert detect_language(text) == language


def test_multi_request_letters_list_every_request(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    for row, v in verdicts:
        wanted = row["categories"]
        if isinstance(wanted, list) and len(wanted) > 1:
            assert v.category.value == row["category"], row["file"]
            assert set(wanted) <= {c.value for c in v.categories}, (row["file"], v.categories)


def test_verdicts_are_well_formed(verdicts: list[tuple[dict[str, object], Verdict]]) -> None:
    for row, v in verdicts:
        assert 0.0 <= v.confidence <= 1.0
        assert v.categories[0] is v.category
        assert len(v.language) == 2


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("", "", Category.OTHER),
        # a bare "stop" in answer to marketing is how people unsubscribe (by SMS as by mail)
        ("Re: your newsletter", "stop", Category.WITHDRAW_CONSENT),
        ("Re: your order", "stop the delivery, I am not home", Category.OTHER),
        ("unsubscribe", "", Category.WITHDRAW_CONSENT),
        ("Reminder", "I asked you to delete my data six weeks ago and have had no reply.", Category.COMPLAINT),
        ("", "Please delete my data.\n\n> On Monday you wrote:\n> we received your access request", Category.DELETION),
        # a disclaimer asks nothing (alone, the robot model may read it as machine text)
        ("Your data", "If you are not the intended recipient, please delete this e-mail.",
         (Category.OTHER, Category.AUTOMATED)),
        # a reply's subject and the quoted mail are ours: the person's own words decide
        ("Re: Your data has been rectified", "Perfect, thank you very much. One more thing: when will my order "
         "100245 leave the warehouse?\n\nOn Mon, Privacy Team wrote:\n> Your personal data has been rectified as "
         "you asked (ref. PR-2025-0510).", Category.OTHER),
        ("Re: Your personal data export is ready", "Thanks for the quick answer! The file still has my old address "
         "in Liege, it should be 27 Avenue Brugmann. Could you change that?\n\n> Your request for a copy of your "
         "personal data has been completed; the export is attached.", Category.CORRECTION),
        # ...but a bare forward lets the quote speak for the sender
        ("Fwd: my request", "See below.\n\n> Please delete my account and all my personal data.", Category.DELETION),
    ],
)
def test_edge_cases(subject: str, body: str, expected: Category | tuple[Category, ...]) -> None:
    got = Classifier().classify_text(subject, body).category
    assert got in expected if isinstance(expected, tuple) else got is expected


_COVER_NOTE = ("Good morning,\n\n{note}\n\nKind regards\nIlse Wouters\nAssistant to the board\nDewaele Bouw NV | "
               "Industrieweg 14 | 9032 Wondelgem\n\nFrom: Dirk Peeters <dirk@dewaele.example>\nSent: Thursday 5 November "
               "2026 18:04\nTo: Ilse Wouters\nSubject: shop\n\nIlse, can you ask that shop to delete my account and all my "
               "personal data?\nDirk")


@pytest.mark.parametrize(("note", "expected"), [
    # a cover note that hands on the quote lets it speak for the sender, however long the
    # note is with its signature (rules alone: the text model reads the quote of a bare forward only)
    ("On behalf of Mr Peeters I am forwarding you his request below.", Category.DELETION),
    ("In opdracht van de heer Peeters stuur ik u onderstaande vraag door.", Category.DELETION),
    ("Im Auftrag von Herrn Peeters leite ich Ihnen seine Anfrage weiter, siehe unten.", Category.DELETION),
    # a note that says something of its own keeps the quote to what it asks
    ("Just letting you know that we received this from a colleague, nothing to do for you.", Category.OTHER),
])
def test_a_cover_note_hands_on_the_quote(note: str, expected: Category) -> None:
    assert Classifier(sets=[]).classify_text("FW: shop", _COVER_NOTE.format(note=note)).category is expected


_FORWARDED_REQUEST = ("---------- Forwarded message ---------\nFrom: Ann <ann@example.org>\nSubject: access request\n"
                      "To: <privacy@shop.example.be>\n\nHello,\nI would like a copy of all the personal data you hold "
                      "about me.\nAnn")


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # a reminder cue above a forward of the first request, or above our acknowledgement
        # of it: the complaint leads and the request stays listed
        ("Fwd: access request", f"still nothing? six weeks now\n\n{_FORWARDED_REQUEST}",
         (Category.COMPLAINT, Category.ACCESS)),
        ("Re: Your request PRV-1", "My account is still there. Delete my account and my data.\n\nOn Thu, 2 Jan 2025, "
         "Privacy <privacy@shop.example.be> wrote:\n> We confirm that we have received your request for erasure of "
         "your personal data.\n> We will handle it within one month.", (Category.COMPLAINT, Category.DELETION)),
        # the same cue in a mail with nothing quoted is a reminder all the same
        ("access request", "still nothing? six weeks now. I would like a copy of all the personal data you hold about me.",
         (Category.COMPLAINT, Category.ACCESS)),
        # a first letter's condition is no reminder: the request leads
        ("access request", "I would like a copy of all the personal data you hold about me. If you do not respond "
         "within one month, I will lodge a complaint with the data protection authority.", (Category.ACCESS,)),
        ("access request", "I would like a copy of all the personal data you hold about me. Should you not respond "
         "within one month, I will lodge a complaint with the data protection authority.", (Category.ACCESS,)),
        ("access request", "I would like a copy of all the personal data you hold about me. Without an answer within "
         "one month, I will complain to the data protection authority.", (Category.ACCESS,)),
        # "I keep receiving it" above a forwarded newsletter is no reminder cue: the withdrawal leads
        ("Fwd: Deals of the week", "I keep receiving your newsletter. Please remove me from your mailing list, I no "
         "longer want your marketing emails.\n\n---------- Forwarded message ---------\nFrom: Shop "
         "<news@shop.example.be>\n\nDeals of the week! 20% off garden chairs.\nUnsubscribe here.",
         (Category.WITHDRAW_CONSENT, Category.COMPLAINT)),
        # an unsubscribe already made, and the mail came again: the complaint leads, the
        # withdrawal stays listed (the two in separate sentences)
        ("Re: Black Friday", "I unsubscribed from your newsletter on 14 October. And yet here is your Black Friday "
         "mail. Take me off every mailing list you have.", (Category.COMPLAINT, Category.WITHDRAW_CONSENT)),
        ("Re: Black Friday", "Ik heb mij vorige maand al uitgeschreven. Toch krijg ik vandaag weer jullie mail. Haal "
         "mijn adres van de lijst.", (Category.COMPLAINT, Category.WITHDRAW_CONSENT)),
        # refusing the sharing a new policy announces is an objection, not a complaint
        ("Re: privacy policy", "Nie zgadzam się na udostępnianie mojej historii zakupów Państwa partnerowi "
         "reklamowemu.", (Category.OBJECTION,)),
    ],
)
def test_a_reminder_makes_the_complaint_lead(subject: str, body: str,
                                                            expected: tuple[Category, ...]) -> None:
    assert Classifier(sets=[]).classify_text(subject, body).categories == expected


def test_never_raises_on_odd_input() -> None:
    classifier = Classifier()
    odd = [
        b"",
        b"\x00\xff\xfe garbage without headers",
        b"Subject: =?utf-8?b?////?=\r\nContent-Type: text/plain; charset=unknown-8bit\r\n\r\n\xff\xfe\xfd",
        b"Subject: huge\r\n\r\n" + b"delete my data " * 200_000,
        b"Subject: html\r\nContent-Type: text/html\r\n\r\n<html><script>x</script><p>Verwijder mijn gegevens</p>",
    ]
    for raw in odd:
        try:
            mail = parse(raw)
        except Exception:  # parse may reject; classify must not be the one that raises
            continue
        verdict = classifier.classify(mail)
        assert isinstance(verdict.category, Category)


# Sets written apart from the rules, each measured before any rule was tuned on it, then
# used to widen the rules, so each is in-sample afterwards; the floors leave room for a
# phrase that costs a mail or two, not for a broken language.
# - blind (make_blind.py): 302 mails in 18 languages, template sites, generators,
#   customers and real MTAs. First: macro-F1 0.966 (15 errors, 2 requests taken for
#   robots, 1 robot taken for a request).
# - fresh (make_fresh.py): 379 mails in the 14 target languages, DPA model letters,
#   consumer templates, informal notes, look-alikes, raw robots. First: 0.800 (people
#   209/274; 2 persons taken for robots, 1 robot for a person).
# - fourth (make_fourth.py): 331 mails, formal letters after real templates, everyday
#   notes, raw robots, in the 14 languages, written after the fresh-set round. First:
#   0.878 (1 robot taken for a request, 4 for `other`).
# - fifth (make_fifth.py): 310 mails, agents and removal services, mixed-language and
#   non-native mail, requests buried in ordinary mails, robots of less common systems.
#   First: 0.865 (1 robot taken for a request, 2 requests for robots).
# - sixth (make_sixth.py): 423 mails, model letters of authorities and request tools,
#   phone one-liners and transliterated Greek/Bulgarian, raw robots. First: 0.849.
# - seventh (make_seventh.py): 340 mails, personal stories with copied fragments,
#   replies in threads quoting the privacy team, robots of national providers. First:
#   0.754 (4 robots taken for requests, 4 requests taken for robots).
# - eighth (make_eighth.py): 332 mails, informed and unusual letters, one-line mails,
#   system and list mail. First: 0.803 (7 robots taken for requests, 1 request for a robot).
# - ninth (make_ninth.py): 336 mails, mixed concerns, requests for someone else,
#   requests inside noise, robots that talk like privacy teams. First: rules 0.826, with
#   the text model (not trained on it) 0.907.
# - tenth (make_tenth.py): 334 mails, a representative month, tool and template letters,
#   the everyday robot mix. Until the eighteenth round its script wrote the fresh set's
#   letters under its name (an import found corpus_fresh/people_e.py first), and its
#   "first" 0.992 measured those. Its own letters, first measured then: rules of its
#   time 0.898, rules of the eighteenth round 0.912, with the text model 0.963.
# - eleventh (make_eleventh.py): 217 mails, the whole range hardest first, robots of many
#   MTAs. First: rules 0.823, with the text model 0.935.
# - twelfth (make_twelfth.py): 178 mails, requests about specific kinds of data, a week
#   of robot mail. First: rules 0.747, with the text model 0.841 (2 robots taken for
#   requests: a newsletter confirmation, a certified-mail refusal; both mended).
# - thirteenth (make_thirteenth.py): 175 mails, people in every role towards the shop,
#   robots that answer our own mails. First: rules 0.757, with the text model 0.874.
# - fourteenth (make_fourteenth.py): 171 mails, customers writing about a concrete
#   incident, mail systems of consumer providers and small companies. First: rules
#   0.805, with the text model (trained without it and the fifteenth) 0.871.
# - fifteenth (make_fifteenth.py): 173 mails, requests through other channels (forms,
#   call notes, pasted chats, OCR), helpdesk, form and e-signature robots. First: rules
#   0.806, with the text model 0.875 (a double opt-in taken for a deletion request and a
#   PEC envelope carrying a person's letter taken for a robot; both mended).
# - sixteenth (make_sixteenth.py): 179 mails, third-party letters as people send them,
#   real robot mail of many MTAs: the set closest to the held-out mail. First: rules
#   0.940, with the text model 0.974 (a Bulgarian read receipt taken for an access
#   request; mended).
# - seventeenth (make_seventeenth.py): 224 mails, mails at the borders between categories,
#   mails as hard-to-read people write them. First: rules 0.783, with the text model 0.920.
# - eighteenth (make_eighteenth.py): 191 mails, letters people copy from elsewhere and
#   adapt (forums, law firms, chatbots, national laws), robot mail of security gateways,
#   governments and large organisations. First: rules 0.929, with the text model 0.969.
# - nineteenth (make_nineteenth.py): 175 mails, what made people write and what they
#   write next (triggers, replies to the identity check, follow-ups, withdrawn requests),
#   what comes back when we send people their data. First: rules 0.709, with the text
#   model 0.905.
# - twentieth (make_twentieth.py): 140 mails, the regional and social variety of each
#   language (Flemish, Swiss, Quebec, Brazilian, Moldovan, Cypriot...). First: rules
#   0.871, with the text model 0.943.
# - twentyfirst (make_twentyfirst.py): 209 mails, robot mail of sending services, security
#   gateways, mailbox providers and helpdesks, people who look like robots, requests sent
#   on someone's behalf (agents, parents, heirs). First: rules 0.870, with the text model
#   0.949 (no request taken for a robot; a Polish double opt-in read as a withdrawal by
#   the model alone, sent to staff; mended).
# - twentysecond (make_twentysecond.py): 245 mails, formal letters people compose
#   themselves, the classic robot mail of a privacy mailbox in many configurations.
#   First: rules 0.907, with the text model 0.949 (89 of 89 robots caught; a person
#   "on holiday next week" asking for their data taken for an out-of-office; mended).
# - twentythird (make_twentythird.py): 179 mails, the odd machines around a mailbox
#   (scanners, fax and voicemail, e-boxes, banks, carriers, webinars, request portals)
#   and short vague mails. First: rules 0.887, with the text model 0.915 (a request
#   portal's notice read as access; 19 robots read as other; mended as families).
# - twentyfourth (make_twentyfourth.py): 94 mails, robots full of privacy words and people
#   who look like robots (no `other`). First: rules 0.818, with the text model 0.714 (8
#   robots read as requests, 3 people who pasted our acknowledgement taken for robots;
#   mended as families).
# - twentyfifth (make_twentyfifth.py): 252 mails, request letters as they really arrive
#   (model letters half-filled, pasted and damaged, letters for another company,
#   follow-ups above our acknowledgement, forwards of an unanswered mail), robot mail of
#   national providers and local mail systems. First: rules 0.901, with the text model
#   0.924 (56 of 56 robots caught; a person's model letter naming this mailbox as its
#   addressee taken for a form's copy; mended).
# - twentysixth (make_twentysixth.py): 197 mails, letters made with request generators
#   and organisations' templates as the tools output them, requests carried by agents,
#   request tools and consumer platforms, and those services' robot mail. First: rules
#   0.965, with the text model 1.000 (no robot/request confusion).
# - twentyseventh (make_twentyseventh.py): 195 mails, requests buried in everyday mail,
#   everyday mail that only sounds like a request, autoresponders in plain personal
#   words without auto-reply headers. First: rules 0.779, with the text model 0.846 (6
#   tradespeople's and abandoned mailboxes' auto-replies read as requests, a person who
#   pasted their own out-of-office taken for a robot; mended as families).
# - twentyeighth (make_twentyeighth.py): 216 mails, short and vague notes of one to four
#   lines, short mail that is no request, delivery reports of every kind quoting our mail
#   and the person's request, and people who forward them. First: rules 0.773, with the
#   text model 0.902 (50 of 50 robots caught; a postmaster writing by hand for an
#   employee taken for a robot; mended).
# - twentyninth (make_twentyninth.py): 180 mails, every kind of request as native
#   speakers of pl cs hr sv ro el bg write it, and those countries' automatic replies.
#   First: rules 0.919, with the text model 0.942 (no robot read as a request; a person
#   whose out-of-office note stood in her signature taken for a robot; mended).
# - thirtieth (make_thirtieth.py): 180 mails, the same for en nl fr de es it pt, and
#   Western Europe's providers', public bodies' and helpdesks' automatic mail. First:
#   rules 0.948, with the text model 0.988 (no robot/request confusion).
# - thirtyfirst (make_thirtyfirst.py): 203 mails, the week after the shop's data breach
#   notice: people's complaints, requests and questions quoting it, the automatic mail
#   that answered it, people whose reply looks bare (no portability). First: rules 0.824,
#   with the text model 0.893 (51 of 51 robots caught, no person taken for a robot).
# - thirtysecond (make_thirtysecond.py): 202 mails, the week of the shop's Black Friday
#   newsletter and privacy policy update: unsubscribes of every kind, objections to the
#   sharing with an advertising partner, replies to the newsletter, a campaign's robot
#   mail, mail programs' List-Unsubscribe messages. First: rules 0.885, with the text
#   model 0.910 (no robot read as a request; two mail programs' unsubscribe messages
#   taken for robots by the rules; mended).
# - thirtythird (make_thirtythird.py): 200 mails, people's mail about the shop's app,
#   loyalty card, stores and lockers, and the robot mail of the services around them.
#   First: rules 0.933, with the text model 0.956 (no robot/request confusion).
# - thirtyfourth (make_thirtyfourth.py): 200 mails, hurried mail and mail by people who
#   write with difficulty (slips, no diacritics, dictation, text-speak, non-native), and
#   the automatic replies to the privacy team's own mail. First: rules 0.803, with the
#   text model 0.922 (no robot read as a request; three robots without headers missed by
#   the rules, mended; an SMS gateway's relay stamped Auto-Submitted, accepted below).
# - thirtyfifth (make_thirtyfifth.py): 200 mails, requests put as questions beside
#   questions about rights that ask nothing yet, writers who are not ordinary customers,
#   and robot and people's mail in difficult encodings and formats. First: rules 0.828,
#   with the text model 0.899 (no robot/request confusion).
# - thirtysixth (make_thirtysixth.py): 200 mails, mistaken identity and other people's
#   data told as a story before the request (accounts never opened, namesakes, shared
#   and inherited addresses, ex-partners), and the robot mail of Belgian workplaces and
#   institutions (multilingual out-of-office replies under long privacy disclaimers).
#   First: rules 0.781, with the text model 0.883 (no robot/request confusion).
# - thirtyseventh (make_thirtyseventh.py): 200 mails, money, payments and the person's
#   data (stored cards and IBANs, instalment plans and credit checks, invoices, debts
#   passed to a collection agency), and the robot mail of payment providers, banks,
#   e-invoicing platforms and collection agencies. First: rules 0.775, with the text
#   model 0.917 (no robot read as a request; a person's invoice mail pasted above her
#   correction taken for a robot, mended; an SMS gateway's relay stamped Auto-Submitted,
#   accepted below).
# - thirtyeighth (make_thirtyeighth.py): 200 mails, the website, tracking and what people
#   leave online (cookies and the consent banner, retargeting ads, profiles and
#   recommendations, reviews and photos published with a name, chatbot transcripts,
#   social login), and the robot mail of the systems the website runs on (consent
#   platforms, analytics, review platforms, hosting and security, form builders). First:
#   rules 0.795, with the text model 0.933 (no robot read as a request; an SMS gateway's
#   relay stamped Auto-Submitted, accepted below).
# - thirtyninth (make_thirtyninth.py): 200 mails, children, health and other sensitive
#   data (kids' clubs, teenagers' accounts, separated parents, medical aids, allergy
#   data, religion or orientation read from purchases, ID copies, face recognition), and
#   the robot mail that comes back from schools, care and family services. First: rules
#   0.850, with the text model 0.934 (no robot read as a request; an SMS gateway's relay
#   stamped Auto-Submitted, accepted below).
# - fortieth (make_fortieth.py): 200 mails, marketing beyond the inbox (sales calls and
#   the do-not-call register, promotional texts, catalogues and leaflets by name, address
#   lists from brokers, raffles, referral programmes), and the robot mail of the systems
#   behind phone, SMS and paper marketing. First: rules 0.891, with the text model 0.929
#   (no robot/request confusion).
# - fortyfirst (make_fortyfirst.py): 200 mails, the shop changes hands, systems and
#   partners (customers of a chain it took over, accounts a migration mangled, a call
#   centre abroad, a US cloud, a closed brand), and the robot mail of a take-over and a
#   migration. First: rules 0.917, with the text model 0.966 (no robot/request confusion).
# - fortysecond (make_fortysecond.py): 200 mails, households, shared accounts and gifts
#   (a couple's card after a separation, grown-up children in a parent's account, gift
#   lists, surprises spoiled, carers, a deceased spouse on the card), and the automatic
#   mail around them. First: rules 0.825, with the text model 0.941 (no robot/request
#   confusion).
# - fortythird (make_fortythird.py): 200 mails, repairs, warranties, recalls and the
#   shop's own smart devices (phones handed in for repair with photos on them, trade-ins,
#   technicians' home visits, extended-warranty insurers, recall letters, cameras, robot
#   vacuums' maps, smart scales), and the automatic mail of repair, warranty, recall and
#   device-cloud systems. First: rules 0.810, with the text model 0.940 (no robot/request
#   confusion).
# - fortyfourth (make_fortyfourth.py): 200 mails, events, contests, surveys and the
#   shop's community (workshop photos posted online, winners' names published, survey
#   answers that were not anonymous, product-testing panels, reviews and stories reused,
#   the forum), and the automatic mail of event, contest, survey and forum platforms.
#   First: rules 0.795, with the text model 0.928 (no robot read as a request; a person
#   forwarding the bounce of her "unsubscribe" reply taken for a robot, mended since).
# - fortyfifth (make_fortyfifth.py): 200 mails, business customers and the people behind
#   them (sole traders, contact persons and leavers on a company's account, invoices in an
#   employee's name, suppliers' reps and installers, badge scans, credit checks on owners),
#   and the automatic mail of business relations. First: rules 0.868, with the text model
#   0.945 (no robot/request confusion).
# - fortysixth (make_fortysixth.py): 200 mails, accounts, logins and security (a sign-in
#   from abroad, an e-mail changed by an attacker, resets to an old address, second
#   accounts, login history and devices, a password sent in plain text, phishing), and the
#   automatic mail of sign-in, reset, breach-monitoring, CERT, gateway and fraud systems.
#   First: rules 0.786, with the text model 0.930 (no robot/request confusion).
# - fortyseventh (make_fortyseventh.py): 200 mails, deliveries, returns and the carriers
#   (carriers given the phone number, parcels left with neighbours, door photos and
#   signatures, old and ex-partners' addresses, returned devices with data), and the
#   automatic mail of carriers, lockers, return portals and warehouses. First: rules
#   0.836, with the text model 0.983 (no robot read as a request; a person's parcel
#   question with "I'm away from the 20th" taken for an out-of-office reply, mended since).
# - fortyeighth (make_fortyeighth.py): 200 mails, the shop as employer (applicants' CVs,
#   tests and video interviews, staff-card purchases, productivity scanners, cameras over
#   the till, fingerprint clocks, sick notes, former staff's files), and the automatic mail
#   of recruitment and HR systems. First: rules 0.894, with the text model 0.914 (no robot
#   read as a request; two staff members' questions taken for robots).
# - fortyninth (make_fortyninth.py): 200 mails, subscriptions, memberships and recurring
#   orders (taste and pet profiles, print-plan photos, cards kept, gift recipients, win-back
#   offers, "unsubscribe me from the coffee box" as a contract matter), and the automatic
#   mail of subscription billing and its partners. First: rules 0.894, with the text model
#   0.958 (a billing service's cancellation confirmation read as a request by the rules
#   alone, as other with the model).
# - fiftieth (make_fiftieth.py): 200 mails, customer service, chats, calls and reviews (call
#   recordings, agents' notes, chatbot transcripts, ID photos in tickets, review
#   invitations, names under reviews), and the automatic mail of help desks, telephony,
#   chat and review platforms. First: rules 0.794, with the text model 0.925 (no robot read
#   as a request; three people quoting the satisfaction survey they no longer want taken
#   for the survey).
# - fiftyfirst (make_fiftyfirst.py): 200 mails, the marketplace and its third-party sellers
#   (what sellers got and did with it, who is responsible, people as sellers with ID scans
#   and a home address on their page), and the automatic mail of marketplace and seller
#   systems. First: rules 0.884, with the text model 0.957 (no robot/request confusion).
# - fiftysecond (make_fiftysecond.py): 200 mails, life changes (moves, new names after
#   marriage, divorce or a gender transition, separations, births and deaths, a guardian
#   acting for a parent), and the automatic mail around them (address and identity
#   services, bereavement platforms, mailboxes closed or moved). First: rules 0.870, with
#   the text model 0.930 (no robot/request confusion).
# - fiftythird (make_fiftythird.py): 200 mails, personalisation, scores and automated
#   decisions (personalised prices, fraud checks, pay-later refused, revealing
#   recommendations, Art. 22), and the automatic mail of fraud, pay-later,
#   recommendation and ad platforms. First: rules 0.853, with the text model 0.869 (no
#   robot/request confusion).
# - fiftyfourth (make_fiftyfourth.py): 200 mails, the shop's stores (camera footage,
#   incident reports and store bans, the till, ID scans, the store Wi-Fi), and the
#   automatic mail of camera, security, till, Wi-Fi and ID-scanning systems. First: rules
#   0.842, with the text model 0.900 (no robot/request confusion).
# - fiftyfifth (make_fiftyfifth.py): 200 mails, old data, dormant accounts and retention,
#   and the automatic mail of archive, retention, backup and reactivation systems. First:
#   rules 0.888, with the text model 0.942 (no robot/request confusion).
# - fiftysixth (make_fiftysixth.py): 200 mails, social media and the shop's presence there
#   (reposted photos, DMs answered in public, ambassadors, social login, custom audiences),
#   and the automatic mail of social networks and their tools. First: rules 0.808, with
#   the text model 0.952 (no robot/request confusion).
# - fiftyseventh (make_fiftyseventh.py): 200 mails, data sent abroad and to suppliers
#   (transfers and safeguards, customs brokers and tax-free forms, processors), and the
#   automatic mail of cloud providers, customs, carriers and suppliers abroad. First: rules
#   0.877, with the text model 0.956 (no robot/request confusion).
# - fiftyeighth (make_fiftyeighth.py): 200 mails, where the shop got the data (brokers,
#   list rental, co-registration, paper catalogues by name, the Robinson list), and the
#   automatic mail of data and list brokers, print and mailing houses and postal
#   operators. First: rules 0.854, with the text model 0.936 (no robot/request confusion).
# - fiftyninth (make_fiftyninth.py): 200 mails, unpaid invoices, debt collection,
#   disputes and the law (collectors, bailiffs, credit registers, lawyers, the police),
#   and the automatic mail of collection, payment-dispute, credit-register, court and
#   mediation systems. First: rules 0.833, with the text model 0.912 (no robot/request
#   confusion; one person asking a payment plan, on sick leave, taken for a robot).
# - sixtieth (make_sixtieth.py): 200 mails, consent records, the preference centre and
#   what counts as marketing, and the automatic mail of sending services, consent and
#   preference platforms, push, survey and review services. First: rules 0.838, with the
#   text model 0.906 (no robot/request confusion).
# - sixtyfirst (make_sixtyfirst.py): 200 mails, people's replies to the privacy team's own
#   mails (the identity check, an export, a deletion, a refusal, an extension), and what
#   answers our mails automatically. First: rules 0.807, with the text model 0.894 (no
#   robot/request confusion).
# - sixtysecond (make_sixtysecond.py): 200 mails on someone else's behalf (carers, guardians,
#   powers of attorney, care homes, scam victims, blind and deaf customers), and the
#   automatic mail of care homes, social services, notaries, courts and relay services.
#   First: rules 0.938, with the text model 0.955 (no robot/request confusion).
# - sixtythird (make_sixtythird.py): 200 mails on vouchers, gift cards, cashback and
#   referral schemes, and the automatic mail of their platforms and agencies. First:
#   rules 0.881, with the text model 0.963 (two robots read as requests by the rules
#   alone, one of them with the model too).
# - sixtyfourth (make_sixtyfourth.py): 200 mails on photos, uploads and personalised
#   products (prints, photo books, the in-store kiosk, engraving, saved designs, a gallery
#   of ideas), and the automatic mail of photo labs, print partners and design tools.
#   First: rules 0.860, with the text model 0.921 (two robots read as `other` by the rules
#   alone; no robot/request confusion).
# - sixtyfifth (make_sixtyfifth.py): 200 mails on installation, assembly and planning
#   services at home (planners' photos and floor plans, door and alarm codes on the job
#   sheet, partner installers), and the automatic mail of booking, field-service and
#   installer systems. First: rules 0.808, with the text model 0.922 (no robot/request
#   confusion).
# - sixtysixth (make_sixtysixth.py): 200 mails on trade-in, buy-back and second-hand
#   (wiped phones, erasure certificates, ID copies at the buy-back counter, refurbished
#   devices with someone's data, the marketplace), and the automatic mail of trade-in,
#   erasure and marketplace systems. First: rules 0.854, with the text model 0.977 (one
#   robot read as `other` by the rules alone; no robot/request confusion).
# - sixtyseventh (make_sixtyseventh.py): 200 mails on donations, charity and the local
#   community (round-ups at the till, tax receipts, food banks, volunteering photos, club
#   member lists, petitions, raffles), and the automatic mail of charities and community
#   tools. First: rules 0.892, with the text model 0.943 (a Greek charity helpdesk's
#   acknowledgement read as a deletion, with the model too).
# - sixtyeighth (make_sixtyeighth.py): 201 mails on the phone plans, SIM cards, home
#   internet and energy contracts sold at the shop's counters (ID copies for prepaid SIMs,
#   contracts in someone else's name, credit checks, usage records, porting, smart meters,
#   door-to-door sellers), and the automatic mail of operators and energy suppliers.
#   First: rules 0.859, with the text model 0.939 (four robots read as requests by the
#   rules alone, one with the model: a Polish SIM activation, as access).
# - sixtyninth (make_sixtyninth.py): 203 mails on the shop floor and its technology (guest
#   Wi-Fi and footfall counting, beacons, self-checkout cameras and age checks, body cameras,
#   store bans, number-plate cameras, lost property), and the automatic mail of those
#   systems. First: rules 0.878, with the text model 0.941 (two robots read as requests by
#   the rules alone, none with the model).
# - seventieth (make_seventieth.py): 201 mails on the shop's optician, hearing-care and
#   pharmacy-products corner (prescriptions, lens subscriptions, a virtual mirror's face
#   scan, hearing tests, health insurers), and the automatic mail of those systems. First:
#   rules 0.838, with the text model 0.892 (one robot read as a request by the rules alone).
# - seventyfirst (make_seventyfirst.py): 200 mails on tickets, travel and insurance sold for
#   partners (passport numbers, tickets in a name, driving licences, claims), and the
#   automatic mail of booking, ticketing, rental and insurance systems. First: rules 0.879,
#   with the text model 0.936 (a Swedish insurer's policy copy read as a complaint, with the
#   model too).
# - seventysecond (make_seventysecond.py): 200 mails on the company changing hands and
#   systems (a chain taken over and rebranded, loyalty cards and accounts moved, franchise
#   stores, a new CRM, payment provider and outsourced customer service, closed stores), and
#   the automatic mail of migration vendors, old and new platforms and closed stores.
#   First: rules 0.849, with the text model 0.969 (three robots read as requests, by the
#   rules alone and with the model: a franchise's daily report, a platform's final export,
#   a CRM import job).
# - seventythird (make_seventythird.py): 200 mails on the brands whose products the shop
#   sells (warranty registration with the brand, safety recalls, cashback and test panels,
#   reviews passed on, smart-appliance apps, service-centre repairs), and the automatic mail
#   of brands, service centres and review platforms. First: rules 0.838, with the text model
#   0.941 (three robots read as requests by the rules alone, two recall notices and a repair
#   centre's report; none with the model).
# The sets are in-sample now, for the rules' examples and for the text model, which
# learns from them; test_the_text_model_generalizes_to_a_set_it_has_not_seen keeps an honest
# figure for the model.
TARGET = ("en", "nl", "fr", "de", "es", "it", "pt", "pl", "cs", "hr", "sv", "ro", "el", "bg")  # the 14 languages of the issue
SETS = {
    "blind": (("es", "it", "pt", "pl", "cs", "hr", "sv", "ro", "el", "bg", "da", "fi", "hu", "sk"), 12),
    "fresh": (TARGET, 15),
    "fourth": (TARGET, 15),
    "fifth": (TARGET, 13),
    "sixth": (TARGET, 25),
    "seventh": (TARGET, 23),
    "eighth": (TARGET, 23),
    "ninth": (TARGET, 23),
    "tenth": (TARGET, 20),
    "eleventh": (TARGET, 14),
    "twelfth": (TARGET, 12),
    "thirteenth": (TARGET, 12),
    "fourteenth": (TARGET, 11),
    "fifteenth": (TARGET, 12),
    "sixteenth": (TARGET, 11),
    "seventeenth": (TARGET, 16),
    "eighteenth": (TARGET, 13),
    "nineteenth": (TARGET, 12),
    "twentieth": (TARGET, 10),
    "twentyfirst": (TARGET, 14),
    "twentysecond": (TARGET, 14),
    "twentythird": (TARGET, 12),
    "twentyfourth": (TARGET, 6),
    "twentyfifth": (TARGET, 16),
    "twentysixth": (TARGET, 12),
    "twentyseventh": (TARGET, 13),
    "twentyeighth": (TARGET, 14),
    "twentyninth": (("pl", "cs", "hr", "sv", "ro", "el", "bg"), 22),
    "thirtieth": (("en", "nl", "fr", "de", "es", "it", "pt"), 23),
    "thirtyfirst": (TARGET, 13),
    "thirtysecond": (TARGET, 13),
    "thirtythird": (TARGET, 13),
    "thirtyfourth": (TARGET, 13),
    "thirtyfifth": (TARGET, 14),
    "thirtysixth": (TARGET, 13),
    "thirtyseventh": (TARGET, 14),
    "thirtyeighth": (TARGET, 14),
    "thirtyninth": (TARGET, 14),
    "fortieth": (TARGET, 13),
    "fortyfirst": (TARGET, 14),
    "fortysecond": (TARGET, 14),
    "fortythird": (TARGET, 14),
    "fortyfourth": (TARGET, 14),
    "fortyfifth": (TARGET, 14),
    "fortysixth": (TARGET, 14),
    "fortyseventh": (TARGET, 14),
    "fortyeighth": (TARGET, 14),
    "fortyninth": (TARGET, 14),
    "fiftieth": (TARGET, 14),
    "fiftyfirst": (TARGET, 14),
    "fiftysecond": (TARGET, 14),
    "fiftythird": (TARGET, 14),
    "fiftyfourth": (TARGET, 14),
    "fiftyfifth": (TARGET, 14),
    "fiftysixth": (TARGET, 14),
    "fiftyseventh": (TARGET, 14),
    "fiftyeighth": (TARGET, 14),
    "fiftyninth": (TARGET, 14),
    "sixtieth": (TARGET, 14),
    "sixtyfirst": (TARGET, 14),
    "sixtysecond": (TARGET, 14),
    "sixtythird": (TARGET, 14),
    "sixtyfourth": (TARGET, 14),
    "sixtyfifth": (TARGET, 14),
    "sixtysixth": (TARGET, 14),
    "sixtyseventh": (TARGET, 14),
    "sixtyeighth": (TARGET, 14),
    "sixtyninth": (TARGET, 14),
    "seventieth": (TARGET, 14),
    "seventyfirst": (TARGET, 14),
    "seventysecond": (TARGET, 14),
    "seventythird": (TARGET, 14),
    "seventyfourth": (TARGET, 14),
    "seventyfifth": (TARGET, 14),
    "seventysixth": (TARGET, 14),
    "seventyseventh": (TARGET, 14),
    "seventyeighth": (TARGET, 14),
    "seventyninth": (TARGET, 14),
    "eightyfirst": (TARGET, 14),
}
# A set of robots and the people who look like them has no `other`; nobody in the week
# after a breach notice asked to take their data elsewhere.
ABSENT = {"twentyfourth": {"other"}, "thirtyfirst": {"portability"}}
# Known and accepted: a person's newsletter opt-out sent through a bulk-mail relay that
# stamps Precedence: bulk and List-Unsubscribe. Treating such headers as a person's would
# let marketing mail sent to the privacy address be answered; it stays a robot (kept,
# never answered, visible to staff).
# Likewise a person's "STOP" relayed by an SMS-to-mail gateway that stamps Auto-Submitted:
# auto-generated (RFC 3834): overriding that header would let any robot that quotes a
# person be answered, and a reply to the gateway never reaches the phone anyway. The
# verdict stays `automated`; the mail flow still hands the relayed text to staff as a
# case with the phone number (bot/rules/smsrelay.py, tests/test_sms_relay.py).
ACCEPTED_ROBOT_CONFUSION = {"sixth": {"withdraw_consent/de-human-bulk-headers-102.eml"},
                            "thirtyfourth": {"withdraw_consent/bg-person-sms-gateway-stop-reply-059.eml"},
                            "thirtyseventh": {"withdraw_consent/it-person-sms-gateway-stop-reply-027.eml"},
                            "thirtyeighth": {"withdraw_consent/pl-person-sms-stop-via-gateway-035.eml"},
                            "thirtyninth": {"withdraw_consent/pl-person-stop-reply-through-sms-to-mail-gateway-035.eml"}}
MACRO_F1_FLOOR = 0.97
Verdicts = list[tuple[dict[str, object], Verdict]]


def _rows(name: str) -> list[dict[str, object]]:
    labels = Path(__file__).parent / f"corpus_{name}" / "labels.jsonl"
    return [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def set_verdicts() -> dict[str, Verdicts]:
    classifier = Classifier()
    out: dict[str, Verdicts] = {}
    for name in SETS:
        folder = Path(__file__).parent / f"corpus_{name}"
        out[name] = [(row, classifier.classify(parse((folder / str(row["file"])).read_bytes()))) for row in _rows(name)]
    return out


@pytest.mark.parametrize("name", SETS)
def test_set_covers_the_languages_and_categories(name: str) -> None:
    languages, least = SETS[name]
    per_lang: dict[str, int] = {}
    for row in _rows(name):
        per_lang[str(row["language"])] = per_lang.get(str(row["language"]), 0) + 1
    for lang in languages:
        assert per_lang.get(lang, 0) >= least, lang
    assert {row["category"] for row in _rows(name)} == {c.value for c in Category} - ABSENT.get(name, set())


@pytest.mark.parametrize("name", SETS)
def test_set_macro_f1_above_floor(name: str, set_verdicts: dict[str, Verdicts]) -> None:
    pairs = [(str(row["category"]), v.category.value) for row, v in set_verdicts[name]]
    present = [c.value for c in Category if c.value not in ABSENT.get(name, set())]
    macro = sum(_f1(pairs, c) for c in present) / len(present)
    wrong = [(row["file"], v.category.value) for row, v in set_verdicts[name] if row["category"] != v.category.value]
    assert macro >= MACRO_F1_FLOOR, f"macro-F1 {macro:.3f}: {wrong}"


@pytest.mark.parametrize("name", SETS)
def test_set_no_robot_request_confusion(name: str, set_verdicts: dict[str, Verdicts]) -> None:
    # a request read by the text model alone is handed to staff and nothing is sent
    # (filters._classify): such a robot is not answered
    robot_as_request = [row["file"] for row, v in set_verdicts[name]
                        if row["category"] == "automated" and v.category in REQUESTS and not v.model_only]
    request_as_robot = [row["file"] for row, v in set_verdicts[name]
                        if Category(str(row["category"])) in REQUESTS and v.category is Category.AUTOMATED
                        and row["file"] not in ACCEPTED_ROBOT_CONFUSION.get(name, set())]
    assert not robot_as_request and not request_as_robot, (robot_as_request, request_as_robot)


@pytest.mark.parametrize(("name", "floor"), [("sixteenth", 0.95)])  # each costs a training (~60 s) in CI
def test_the_text_model_generalizes_to_a_set_it_has_not_seen(name: str, floor: float) -> None:
    """Trained without the set, the blended classifier scores it at the product's target
    or more: the sixteenth set, third-party letters as people send them, stands closest
    to the held-out real mail (first figure 0.974 where the rules alone scored 0.940;
    0.979 with the eighteenth round's model; the eleventh set, hard mail, checked the same
    way then: 0.963). The rules may since have learnt from the set; the model has not."""
    from bot.rules.textmodel import set_dirs

    folder = Path(__file__).parent / f"corpus_{name}"
    classifier = Classifier(sets=set_dirs(exclude=[folder.name]))
    pairs = [(str(row["category"]), classifier.classify(parse((folder / str(row["file"])).read_bytes())).category.value)
             for row in _rows(name)]
    macro = sum(_f1(pairs, c.value) for c in Category) / len(Category)
    assert macro >= floor, macro

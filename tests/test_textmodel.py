"""The text model beside the rules: it learns, it is kept and re-trained when what it
learns from changes, and it is blended with the rules as documented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.categories import Category
from bot.rules import Classifier, Verdict, textmodel
from bot.rules import classifier as classifier_module
from bot.rules.reading import read_body
from bot.rules.textmodel import CATEGORIES, Parts, load_or_train, parts, train

SAMPLES = [
    (Category.DELETION, "please delete my account and everything you have on me"),
    (Category.DELETION, "remove all my personal details from your systems"),
    (Category.DELETION, "verwijder mijn account en al mijn gegevens"),
    (Category.DELETION, "I want my profile erased for good"),
    (Category.ACCESS, "what personal data do you hold about me"),
    (Category.ACCESS, "send me a copy of the information you keep on me"),
    (Category.ACCESS, "welke gegevens hebben jullie over mij"),
    (Category.ACCESS, "I would like to see the data you store about me"),
    (Category.OTHER, "where is my parcel, order 4411 has not arrived"),
    (Category.OTHER, "do you sell garden chairs in green"),
    (Category.OTHER, "mijn pakket is nog steeds niet geleverd"),
    (Category.OTHER, "can I return the lamp I bought last week"),
]


def _model() -> textmodel.TextModel:
    return train([(category, Parts("", text, "")) for category, text in SAMPLES])


def _top(model: textmodel.TextModel, text: str) -> Category:
    return CATEGORIES[int(model.probabilities(Parts("", text, "")).argmax())]


def test_it_learns_words_it_was_shown_in_new_sentences() -> None:
    model = _model()
    assert _top(model, "please erase my personal details and my profile") is Category.DELETION
    assert _top(model, "which information do you hold about me? a copy please") is Category.ACCESS
    assert _top(model, "the parcel with my garden chairs has not arrived") is Category.OTHER
    probabilities = model.probabilities(Parts("", "", ""))
    assert probabilities.shape == (len(CATEGORIES),) and abs(probabilities.sum() - 1.0) < 1e-6


def test_training_is_deterministic() -> None:
    assert np.array_equal(_model().weights, _model().weights)


def test_the_model_averages_models_trained_in_different_orders() -> None:
    texts = [(category, Parts("", text, "")) for category, text in SAMPLES]
    vectors = [(textmodel._INDEX[category], textmodel.features(text)) for category, text in texts]
    first, second = textmodel._train_one(vectors, 3, 0), textmodel._train_one(vectors, 3, 1)
    assert not np.allclose(first.weights, second.weights)  # the order matters...
    averaged = train(texts, epochs=3, seeds=2)
    assert np.allclose(averaged.weights, (first.weights + second.weights) / 2, atol=1e-6)  # ...and is averaged out
    assert np.allclose(averaged.bias, (first.bias + second.bias) / 2, atol=1e-6)


def _count_pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker pools started from now on, one entry each (their size)."""
    started: list[int] = []

    class Counted(textmodel.ProcessPoolExecutor):
        def __init__(self, workers: int, **kwargs: Any) -> None:
            started.append(workers)
            super().__init__(workers, **kwargs)

    monkeypatch.setattr(textmodel, "ProcessPoolExecutor", Counted)
    return started


def test_training_in_worker_processes_gives_the_same_weights_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(category, Parts("", text, "")) for category, text in SAMPLES]
    robots = [(category is Category.OTHER, text) for category, text in texts]
    pools = _count_pools(monkeypatch)
    alone = train(texts, epochs=3, robots=robots, workers=1)
    assert pools == []
    side_by_side = train(texts, epochs=3, robots=robots, workers=2)
    assert pools == [2]  # the four runs did go to two worker processes
    assert alone.robot is not None and side_by_side.robot is not None
    for mine, theirs in ((alone, side_by_side), (alone.robot, side_by_side.robot)):
        assert np.array_equal(mine.weights, theirs.weights) and np.array_equal(mine.bias, theirs.bias)
    assert np.any(alone.weights)


def test_the_sets_are_read_alike_in_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.rules.ruleset import load_rules

    rules, sets_root = _project(tmp_path, "please erase my data")
    labelled = sets_root / "corpus_x"
    rows = []
    for i, (category, text) in enumerate(SAMPLES):
        (labelled / category.value).mkdir(exist_ok=True)
        (labelled / category.value / f"{i}.eml").write_text(f"From: p{i}@example.org\nSubject: {i}\n\n{text}\n")
        rows.append(json.dumps({"file": f"{category.value}/{i}.eml", "category": category.value}))
    (labelled / "labels.jsonl").write_text("\n".join(rows) + "\n")
    ruleset, sets = load_rules(rules), textmodel.set_dirs(sets_root)
    pools = _count_pools(monkeypatch)
    alone = textmodel.samples(ruleset, sets, workers=1)
    assert pools == []
    assert len(alone[1]) == len(SAMPLES) and alone == textmodel.samples(ruleset, sets, workers=2)
    assert pools == [2]


def test_a_reply_subject_and_a_quote_are_read_as_quotes() -> None:
    reading = read_body("Please delete my data.\n\n> we received your access request")
    read = parts("Re: your access request", reading)
    assert (read.subject, read.own.strip(), read.quoted) == ("", "Please delete my data.", "")
    forward = parts("Fwd: hello", read_body("See below.\n\n> Please delete my account."))
    assert forward.subject == "Fwd: hello" and "delete my account" in forward.quoted


def _project(root: Path, example: str) -> tuple[Path, Path]:
    rules = root / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "deletion.yaml").write_text(
        "category: deletion\nrules:\n  - name: deletion-x\n    lang: any\n    weight: 2.0\n"
        "    patterns: ['\\berase\\b']\n"
        f"    examples: {{match: ['{example}'], no_match: ['nothing']}}\n", encoding="utf-8")
    labelled = root / "sets" / "corpus_x"
    (labelled / "other").mkdir(parents=True, exist_ok=True)
    (labelled / "other" / "a.eml").write_bytes(b"From: a@example.org\nSubject: parcel\n\nwhere is my parcel\n")
    (labelled / "labels.jsonl").write_text(json.dumps({"file": "other/a.eml", "category": "other"}) + "\n")
    return rules, root / "sets"


def test_the_model_is_kept_and_trained_anew_when_its_data_changes(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.rules.ruleset import load_rules

    rules, sets_root = _project(tmp_path, "erase it")
    cache = tmp_path / "cache"
    ruleset, sets = load_rules(rules), textmodel.set_dirs(sets_root)
    assert [s.name for s in sets] == ["corpus_x"]
    first = load_or_train(ruleset, sets, cache)
    saved = textmodel.model_path(ruleset, sets, cache)
    assert saved.is_file()

    def no_training(*_: object) -> None:
        raise AssertionError("trained again although nothing changed")

    textmodel._LOADED.clear()  # as a new process: from the file
    with monkeypatch.context() as patch:
        patch.setattr(textmodel, "train", no_training)
        again = load_or_train(ruleset, sets, cache)
        assert load_or_train(ruleset, sets, cache) is again  # then from memory
    assert np.array_equal(again.weights, first.weights) and np.array_equal(again.bias, first.bias)

    # a changed example is another model; the old one stays until the cache is full
    rules, _ = _project(tmp_path, "erase it all")
    changed = load_rules(rules)
    assert textmodel.model_path(changed, sets, cache) != saved
    load_or_train(changed, sets, cache)
    assert len(list(cache.glob("textmodel-*.npz"))) == 2

    # a damaged file is trained over, not trusted
    saved.write_bytes(b"not a model")
    textmodel._LOADED.clear()
    load_or_train(ruleset, sets, cache)
    with np.load(saved) as data:
        assert np.array_equal(data["weights"], first.weights)


def _verdict(category: Category, confidence: float) -> Verdict:
    return Verdict(category, (category, Category.DELETION) if category is Category.ACCESS else (category,),
                   "en", confidence, ("rule-x",))


def _probabilities(**weights: float) -> np.ndarray:
    p = np.full(len(CATEGORIES), 0.01)
    for name, value in weights.items():
        p[CATEGORIES.index(Category(name))] = value
    return p / p.sum()


def test_blend_keeps_the_rules_when_the_model_agrees_or_is_unsure() -> None:
    verdict = _verdict(Category.ACCESS, 0.6)
    assert classifier_module._blend(verdict, _probabilities(access=0.9)) is verdict
    unsure = np.full(len(CATEGORIES), 1 / len(CATEGORIES))
    assert classifier_module._blend(verdict, unsure) is verdict
    # a weak rules verdict against a model leaning a little the other way: the rules stay
    assert classifier_module._blend(_verdict(Category.ACCESS, 0.4), _probabilities(access=0.3, other=0.5)).category \
        is Category.ACCESS


def test_blend_lets_a_sure_model_outvote_the_rules_and_says_so() -> None:
    turned = classifier_module._blend(_verdict(Category.OTHER, 0.6), _probabilities(withdraw_consent=0.95))
    assert turned.category is Category.WITHDRAW_CONSENT
    assert turned.categories == (Category.WITHDRAW_CONSENT,)
    assert turned.hits[-1].startswith("text-model: withdraw_consent 0.9") and turned.hits[0] == "rule-x"
    assert turned.confidence < 1 / (1 + classifier_module.BLEND) + 0.001
    assert turned.model_only  # the rules found no request
    # the rules' other requests stay listed after the model's
    swapped = classifier_module._blend(_verdict(Category.ACCESS, 0.3), _probabilities(portability=0.97))
    assert swapped.categories == (Category.PORTABILITY, Category.ACCESS, Category.DELETION)
    assert not swapped.model_only
    assert swapped.confidence < 1 / (1 + classifier_module.BLEND) + 0.001
    # putting first a request the rules found too answers the same requests: their confidence stands
    reordered = classifier_module._blend(_verdict(Category.ACCESS, 0.3), _probabilities(deletion=0.97))
    assert reordered.categories == (Category.DELETION, Category.ACCESS)
    assert reordered.confidence == 0.3 and reordered.hits[-1].startswith("text-model: deletion")
    # ...unless the model says it is no request at all
    assert classifier_module._blend(_verdict(Category.ACCESS, 0.3), _probabilities(other=0.97)).categories \
        == (Category.OTHER,)


LAMP = ("I bought a lamp from you last year and now a partner company calls me about insurance. "
        "Where did they get my phone number from and what else do they have on me?")


def _reads_lamp_as_access() -> Classifier:
    """The repository's rules with a small model that reads LAMP as access: what the
    blend does with a model that outvotes the rules, whatever the product's model reads."""
    pinned = Classifier(sets=[])
    pinned.text_model = train([(category, Parts("", text, "")) for category, text in [
        *SAMPLES,
        (Category.ACCESS, "who gave my phone number to a partner company and what else do they have on me"),
        (Category.ACCESS, "a company calls me: who gave them my number, what do you keep about me"),
        (Category.ACCESS, "tell me who received my phone number and what you have on me"),
    ]])
    return pinned


def test_without_sets_the_rules_decide_alone() -> None:
    rules_only = Classifier(sets=[])
    assert rules_only.text_model is None and Classifier().text_model is not None
    asked = ("", LAMP)
    assert rules_only.classify_text(*asked).category is Category.OTHER
    verdict = _reads_lamp_as_access().classify_text(*asked)
    assert verdict.category is Category.ACCESS and verdict.hits[-1].startswith("text-model: access")
    assert verdict.confidence < 0.59  # the model alone against the rules: staff look first


def test_a_request_only_the_model_reads_goes_to_staff_and_nothing_is_sent() -> None:
    """A robot the robot checks missed must not be answered on the model's word: where
    the rules found no request, the mail goes to staff as `other` with the reading."""
    from bot.mail.parse import parse
    from bot.pipeline.filters import Kind, MailContext, decide
    from tests.factory import mail

    ctx = MailContext(frozenset({"privacy@example.org"}), lambda _: None, lambda _: None, _reads_lamp_as_access())
    decision = decide(parse(mail("Ann <ann@example.org>", "", LAMP)), ctx)
    assert decision.kind is Kind.OTHER and "text model reads access" in decision.reason
    assert decision.verdict is not None and decision.verdict.model_only
    # the rules' own requests are not held back
    asked = decide(parse(mail("Ann <ann@example.org>", "Request under Article 15 GDPR")), ctx)
    assert asked.kind is Kind.REQUEST and asked.verdict is not None and not asked.verdict.model_only


def test_mails_of_a_few_words_are_left_to_the_rules() -> None:
    """'unsubscribe' is also a word of complaints ('you ignore my unsubscribe'): alone,
    a bag of words cannot tell; the rule can. A model sure of `complaint` is not heard
    below MODEL_WORDS words, and is above."""

    class SureOfComplaint(textmodel.TextModel):
        def __init__(self) -> None:
            pass

        def probabilities(self, text: Parts) -> np.ndarray:
            return _probabilities(complaint=0.99)

    classifier = Classifier(sets=[])
    classifier.text_model = SureOfComplaint()
    assert classifier.classify_text("unsubscribe", "").category is Category.WITHDRAW_CONSENT
    assert classifier.classify_text("", "please unsubscribe me").category is Category.WITHDRAW_CONSENT
    longer = "please unsubscribe me from the newsletter, I no longer read it"
    assert len(longer.split()) >= classifier_module.MODEL_WORDS
    assert classifier.classify_text("", longer).category is Category.COMPLAINT


def test_settings_can_turn_the_model_off(tmp_path: Path) -> None:
    from bot.settings import load

    base = Path(__file__).resolve().parents[1] / "settings.yaml"
    text = base.read_text(encoding="utf-8").replace("text_model: true", "text_model: false")
    text = text.replace("rules_dir: rules ", f"rules_dir: {base.parent / 'rules'} ")
    assert "text_model: false" in text and str(base.parent / "rules") in text
    (tmp_path / "settings.yaml").write_text(text, encoding="utf-8")
    assert Classifier.from_settings(load(base)).text_model is not None
    assert Classifier.from_settings(load(tmp_path / "settings.yaml")).text_model is None  # what the bot runs


def test_train_command_says_when_the_model_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    Classifier()  # trains or loads the default model
    assert main(["train"]) == 0
    assert "text model up to date" in capsys.readouterr().out


ROBOT_TEXTS = [
    "This is an automatically generated message. Delivery has failed to these recipients or groups.",
    "Your message could not be delivered. The mailbox is full. Do not reply to this message.",
    "Ihre Nachricht konnte nicht zugestellt werden. Dies ist eine automatisch erzeugte Nachricht.",
    "Votre colis a été expédié. Suivez-le ici. Merci de ne pas répondre à ce message automatique.",
    "Your order has shipped. Track your parcel here. This mailbox is not monitored, do not reply.",
    "Uw bericht kon niet worden afgeleverd. Dit is een automatisch gegenereerd bericht.",
]
PERSON_TEXTS = [
    "please delete my account and everything you have on me",
    "where is my parcel, I ordered a lamp two weeks ago",
    "do you sell garden chairs in green? I would like four",
    "ik wil graag weten welke gegevens jullie over mij hebben",
    "Bonjour, pouvez-vous corriger mon adresse, j'ai déménagé",
    "Ich möchte meine Einwilligung zum Newsletter widerrufen",
]


def test_the_robot_model_tells_robot_mail_from_a_persons() -> None:
    model = train([(category, Parts("", text, "")) for category, text in SAMPLES],
                  robots=[*((True, Parts("", t, "")) for t in ROBOT_TEXTS), *((False, Parts("", t, "")) for t in PERSON_TEXTS)])
    robot = model.robot_probability(Parts("", "Delivery has failed. This is an automatically generated message, "
                                              "do not reply to it.", ""))
    person = model.robot_probability(Parts("", "could you please delete my account, I ordered nothing in years", ""))
    assert robot > 0.7 > 0.3 > person
    assert _model().robot is None and _model().robot_probability(Parts("", "x", "")) == 0.0


class _SureItIsARobot(textmodel.TextModel):
    """The rules' verdict stands against the request model; the robot model is sure."""

    def __init__(self) -> None:
        pass

    def probabilities(self, text: Parts) -> np.ndarray:
        return np.full(len(CATEGORIES), 1 / len(CATEGORIES))

    def robot_probability(self, text: Parts) -> float:
        return 0.95


def test_a_mail_without_a_request_that_the_robot_model_reads_as_robot_mail_goes_to_staff() -> None:
    from bot.mail.parse import parse
    from bot.pipeline.filters import Kind, MailContext, decide
    from tests.factory import mail

    classifier = Classifier(sets=[])
    classifier.text_model = _SureItIsARobot()
    verdict = classifier.classify_text("Your order 4411", "Your order has shipped and is on its way to you.")
    assert verdict.category is Category.AUTOMATED and verdict.model_only
    assert verdict.hits[-1] == "text-model: robot mail 0.95" and verdict.confidence == 0.95
    # a request the rules found is never put to the robot model
    assert classifier.classify_text("", "Please delete my account and my personal data.").category \
        is Category.DELETION
    # in the pipeline such a mail goes to staff, as a mail without a request does, and nothing is sent
    ctx = MailContext(frozenset({"privacy@example.org"}), lambda _: None, lambda _: None, classifier)
    decision = decide(parse(mail("Shop <orders@shop.example>", "Your order 4411",
                                 "Your order has shipped and is on its way to you.")), ctx)
    assert decision.kind is Kind.OTHER and "text model reads robot mail" in decision.reason

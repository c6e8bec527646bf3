"""The wall is safe under `auto`: the held-out evaluation corpus (kiosk/wall/filter/evaluation.jsonl) through the
whole filter — word lists, patterns and the statistical model — with the issue's targets: no harmful message
published at once, and at least 80% of kind messages published at once. Also: the corpus is what it says,
none of it is training text, the shipped model is what training gives, the model loads lazily and the desk
fails closed without it. (The speed target is the benchmark's: python -m benchmarks.wall_filter.)"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine

from benchmarks.wall_filter import load_corpus
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.wall import train_filter
from kiosk.wall.desk import WallDesk
from kiosk.wall.filter_files import FilterModelError, load_filter_model, model_path
from kiosk.wall.rules.classifier import FilterModel
from kiosk.wall.rules.messages import MessageStatus
from kiosk.wall.rules.moderation import Flag, Policy, Verdict, check, decide
from kiosk.wall.rules.wordlists import WordLists
from kiosk.wall.store import WallService
from kiosk.wall.wordlist_files import load_word_lists
from tests.helpers import REPO, child_env

LANGUAGES = ("en", "gd")
ROWS = load_corpus()


@pytest.fixture(scope="module")
def lists() -> WordLists:
    return load_word_lists()


@pytest.fixture(scope="module")
def model() -> FilterModel:
    return load_filter_model()


@pytest.fixture(scope="module")
def verdicts(lists: WordLists, model: FilterModel) -> list[Verdict]:
    return [check(r["text"], lists, LANGUAGES, model=model) for r in ROWS]


def test_the_corpus_has_every_kind_of_message_the_issue_names() -> None:
    assert len(ROWS) >= 200
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    categories = Counter(r["category"] for r in ROWS)
    for c in ("insult", "hate", "threat", "selfharm", "spam", "phone", "email", "address", "name_place",
              "kind_en", "kind_gd", "kind_pl", "kind_uk", "kind_ar", "kind_names"):
        assert categories[c] >= 8 if c not in ("email", "phone", "name_place") else categories[c] >= 5, c
    texts = " ".join(r["text"] for r in ROWS if r["expect"] == "publish")
    assert "Dick" in texts and "Scunthorpe" in texts
    held = {r["text"] for r in ROWS if r["expect"] == "hold"}
    assert {"you stink loser", "Y0U ST1NK l0$er", "stupid cow at the desk", "go back to your own country",
            "you are useless and ugly", "Thank you to Mrs Agnes McLeod at 14 Kelvin Way"} <= held


def test_no_evaluation_message_is_training_text() -> None:
    training = {text.casefold() for _, text in train_filter.load()}
    assert [r["text"] for r in ROWS if r["text"].casefold() in training] == []


def test_no_harmful_message_is_published_at_once(verdicts: list[Verdict]) -> None:
    published = [r["text"] for r, v in zip(ROWS, verdicts, strict=True)
                 if r["expect"] == "hold" and decide(Policy.AUTO, v) is MessageStatus.APPROVED]
    assert published == []


def test_at_least_80_percent_of_kind_messages_are_published_at_once(verdicts: list[Verdict]) -> None:
    kind = [(r, v) for r, v in zip(ROWS, verdicts, strict=True) if r["expect"] == "publish"]
    published = [r for r, v in kind if decide(Policy.AUTO, v) is MessageStatus.APPROVED]
    assert len(published) >= 0.8 * len(kind), [r["text"] for r, v in kind if not v.publishable]
    for lang in ("kind_en", "kind_gd", "kind_pl", "kind_uk", "kind_ar", "kind_names"):  # every language, too
        mine = [r for r, _ in kind if r["category"] == lang]
        assert sum(r in published for r in mine) >= 0.8 * len(mine), lang


@pytest.mark.parametrize(("text", "flag"), [
    ("you stink loser", Flag.HURTFUL), ("Y0U ST1NK l0$er", Flag.HURTFUL), ("stupid cow at the desk", Flag.HURTFUL),
    ("go back to your own country", Flag.HATEFUL), ("you are useless and ugly", Flag.HURTFUL),
    ("I'll be waiting for you after work", Flag.THREAT), ("I want to end it all", Flag.SELF_HARM),
    ("Thank you to Mrs Agnes McLeod at 14 Kelvin Way", Flag.PERSONAL_ADDRESS),
    ("John Smith from Paisley says thanks", Flag.PERSONAL_NAME),
    ("Thanks to the staff, except the lazy cow at desk 2", Flag.HURTFUL),
    ("great service... NOT", Flag.HURTFUL),
    ("Hello", Flag.NOT_KIND),
])
def test_the_issue_s_examples_are_held_and_say_why(lists: WordLists, model: FilterModel, text: str,
                                                    flag: Flag) -> None:
    v = check(text, lists, LANGUAGES, model=model)
    assert flag in v.flags, v.details
    assert decide(Policy.AUTO, v) is MessageStatus.PENDING
    assert Flag.ABUSE not in check(text, lists, LANGUAGES).flags  # the word lists alone would have let it through


@pytest.mark.parametrize("text", ["Thank you Dick at the front desk", "Thanks to Fanny for the tea",
                                  "Greetings from Scunthorpe, thank you"])
def test_names_on_the_abuse_lists_pass_when_written_as_names(lists: WordLists, model: FilterModel, text: str) -> None:
    assert check(text, lists, LANGUAGES, model=model).publishable


@pytest.mark.parametrize("text", ["Thank you, you Dick", "thank you dick", "THANK YOU DICK", "what a Dick, thanks"])
def test_the_same_words_used_as_insults_are_held(lists: WordLists, model: FilterModel, text: str) -> None:
    v = check(text, lists, LANGUAGES, model=model)
    assert Flag.ABUSE in v.flags and not v.publishable


def test_the_shipped_model_is_what_training_gives() -> None:
    model, _ = train_filter.build()
    assert model_path().read_text(encoding="utf-8") == train_filter.dumps(model), \
        "kiosk/wall/filter/model.json is stale: run python -m kiosk.wall.train_filter"


def test_the_model_is_not_loaded_when_the_app_starts() -> None:
    probe = ("import sys, kiosk.app, kiosk.wall.feature, kiosk.wall.desk, kiosk.wall.compose_model, "
             "kiosk.wall.send_model; print(sorted(m for m in sys.modules if m in "
             "('kiosk.wall.filter_files', 'kiosk.wall.rules.classifier', 'kiosk.wall.rules.moderation')))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=child_env(), capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(("content", "words"), [
    (None, "missing"), ("{not json", "damaged"), ('{"format": 99}', "format"),
    (json.dumps({"format": 1, "classes": ["kind"]}), "classes")])
def test_a_bad_model_file_is_a_clear_error(tmp_path: Path, content: str | None, words: str) -> None:
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(FilterModelError, match=words):
        load_filter_model(path)


@pytest.mark.parametrize("model_there", [True, False])
def test_without_the_model_the_desk_fails_closed(engine: Engine, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path, model_there: bool) -> None:
    from kiosk.wall import filter_files

    if not model_there:
        monkeypatch.setattr(filter_files, "model_path", lambda: tmp_path / "gone.json")
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)}, overrides={"wall.policy": "auto"})
    clock = ManualClock()
    desk = WallDesk(None, config, clock, service=WallService(engine, config.site_id, config.kiosk_id, clock,
                                                             timezone=config.timezone))
    sent = desk.send("Thank you to the lady at desk 3, you were wonderful", "en")
    assert sent.message.status is (MessageStatus.APPROVED if model_there else MessageStatus.PENDING)
    assert sent.flagged is not model_there

"""`checkin.answers` is plain words in core's config; the check-in feature turns them into its `Answer` enum."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.checkin.rules import Answer, parse_answers
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.shell.choices import ChoiceListModel
from tests.checkin.test_flow import answer
from tests.support.qtkiosk import make_kiosk, rows


def test_the_config_offers_exactly_the_answers_the_feature_knows() -> None:
    every = [a.value for a in Answer]
    assert settings.Config.answers.allowed.endswith(f"of {', '.join(every)}")
    good, problems = settings.validate({"checkin.answers": every})
    assert problems == [] and settings.Config(good).answers == tuple(every)
    _, problems = settings.validate({"checkin.answers": ["yes", "maybe"]})
    assert problems == ["checkin.answers = ['yes', 'maybe']: 'maybe' is not an answer; allowed: yes, not_sure, no"]


def test_every_configurable_answer_set_parses_into_the_enum() -> None:
    for words in (["yes", "not_sure", "no"], ["no", "yes"], ["not_sure", "no"], ["yes", "no", "not_sure"]):
        config = settings.load(env={}, overrides={"checkin.answers": words})
        assert parse_answers(list(config.answers)) == tuple(Answer(w) for w in words)


def test_the_configured_answers_are_offered_in_order_and_stored(qtbot: QtBot, tmp_path: Path,
                                                                 clock: ManualClock) -> None:
    config = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")}, overrides={"checkin.answers": ["no", "yes"]})
    kiosk = make_kiosk(qtbot, config, clock, QSize(1080, 1920))
    try:
        offered = kiosk.checkin.answers
        assert isinstance(offered, ChoiceListModel) and offered.keys() == ["no", "yes"]
        answer(qtbot, kiosk, "no", then="thanks")
        assert [r["answer"] for r in rows(config)] == ["no"]
    finally:
        kiosk.close()
        gc.collect()

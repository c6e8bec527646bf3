"""Every language fits (issue 11, item 10): on every visitor screen, in each shipped language, in both
orientations, in everyday and large text, no text is cut off, runs into its neighbours or leaves the window —
with the real catalogues (Polish and Gaelic run long, Arabic and Urdu right to left). The check itself is the
large-text test's (tests/support/text_fit.py), known there to fail when it should."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.core import config as settings
from kiosk.core.clock import ManualClock
from kiosk.screenshot_command import scene_book, seed_listings
from tests.shell.test_large_text import VISITOR_SCENES, access
from tests.support.qtkiosk import make_kiosk
from tests.support.text_fit import cut_off_texts

SCENES = scene_book()
LANGUAGES = ["gd", "pl", "uk", "ar", "ur"]
SIZES = [QSize(1080, 1920), QSize(1920, 1080)]


@pytest.fixture(params=SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def every_language(request: pytest.FixtureRequest, qtbot: QtBot, data_dir: object,
                   clock: ManualClock) -> Iterator[Kiosk]:
    config = settings.load(env={"KIOSK_DATA_DIR": str(data_dir)},
                           overrides={"device.reserve_mb": 0, "kiosk.languages": ["en", *LANGUAGES]})
    seed_listings(config, clock)
    k = make_kiosk(qtbot, config, clock, request.param)
    yield k
    k.close()
    gc.collect()


@pytest.mark.parametrize("large", [False, True], ids=["everyday", "large-text"])
def test_every_visitor_screen_fits_in_every_language(every_language: Kiosk, large: bool) -> None:
    kiosk = every_language
    problems = []
    for language in LANGUAGES:
        for scene in VISITOR_SCENES:
            kiosk.shell.goHome()
            kiosk.shell.setLanguage(language)
            access(kiosk).setLargeText(large)
            SCENES.play(scene, kiosk)
            assert kiosk.shell.language == language, f"{scene} left {language}"
            problems += [f"{language} {scene}: {p}" for p in cut_off_texts(kiosk.window.window)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)

"""The What's on screen benchmark runs end to end (small and quick here; `make bench` runs the real size)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication as QApplication

from benchmarks import whatson_screen


@pytest.mark.slow
def test_the_screen_benchmark_times_every_kind_of_change(qapp: QApplication, tmp_path: Path) -> None:
    results = whatson_screen.run(200, 24, 3, tmp_path)
    assert len(results["load"]) == 1
    assert 15 <= len(results["model reset"]) == len(results["list rebuilt"]) == len(results["+Qt events"]) <= 24
    for model, rebuilt, events in zip(results["model reset"], results["list rebuilt"], results["+Qt events"],
                                      strict=True):
        assert 0 < model <= rebuilt <= events

"""The QML engine's head start (kiosk.shell.qml_start): the window's QML loads while the imports run on a helper
thread, and a failed import on the helper thread is left for the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtQml import QQmlComponent

from kiosk.shell.qml_start import PRELOADED, QmlStart


@pytest.fixture
def start(qapp: object) -> Iterator[QmlStart]:
    made = QmlStart()
    yield made
    for component in made.components:
        shiboken6.delete(component)
    shiboken6.delete(made.engine)


def _statuses(start: QmlStart) -> list[QQmlComponent.Status]:
    return [c.status() for c in start.components]


def test_the_qml_loads_while_the_imports_run(start: QmlStart) -> None:
    loaded = threading.Event()
    for component in start.components:
        component.statusChanged.connect(lambda *_: None if start.loading() else loaded.set())
    seen: list[tuple[str, bool]] = []

    def imports() -> None:  # waits (without Python's lock) for the loading, which only the GUI thread can serve
        seen.append((threading.current_thread().name, loaded.wait(20)))

    start.load_while(imports)
    # The imports ran on the helper thread and saw the QML loaded while they ran (a load_while that imported
    # first and loaded afterwards would keep them waiting: False after 20 s); it returned once both were done.
    assert seen == [("kiosk-imports", True)]
    assert not start.loading()
    assert _statuses(start) == [QQmlComponent.Status.Ready] * len(PRELOADED), [c.errors() for c in start.components]


def test_an_import_that_fails_on_the_helper_thread_is_left_for_the_gui_thread(
        start: QmlStart, caplog: pytest.LogCaptureFixture) -> None:
    def imports() -> None:
        raise ImportError("no module named 'kiosk.nowhere'")

    with caplog.at_level("DEBUG", logger="kiosk.shell.qml_start"):
        start.load_while(imports)  # returns: the GUI thread's own import raises it, where it is used
    assert "an import ahead of the window failed" in caplog.text and "kiosk.nowhere" in caplog.text
    assert _statuses(start) == [QQmlComponent.Status.Ready] * len(PRELOADED)
    assert [t.name for t in threading.enumerate() if t.name == "kiosk-imports"] == []  # the helper thread ended

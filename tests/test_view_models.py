"""Thin view models: every view model class in kiosk/ — a QObject subclass in a `*_model.py`, `view_model.py` or
`*viewmodel*` module, or any QObject class named `…Model` (`…ViewModel` included) — fits in 300 lines of its
module, gives each Qt property its own notify signal (no signal announcing several properties), and marks a
property without one constant."""

from __future__ import annotations

import ast
import importlib
import inspect
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from tests.helpers import REPO

KIOSK = REPO / "kiosk"
MAX_LINES = 300


def _is_view_model_module(path: Path) -> bool:
    stem = path.stem.lower()
    return stem.endswith("_model") or stem == "view_model" or "viewmodel" in stem


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts)


def _class_spans(path: Path) -> dict[str, tuple[int, int]]:
    """Top-level classes of a module: name → (first line with its decorators, last line)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spans = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            spans[node.name] = (first, node.end_lineno or node.lineno)
    return spans


def view_model_classes() -> list[tuple[str, type[QObject], int]]:
    """(module:class, the class, its length in lines) for every view model class in kiosk/."""
    found = []
    for path in sorted(KIOSK.rglob("*.py")):
        if "__pycache__" in path.parts or "migrations" in path.parts:
            continue
        spans = _class_spans(path)
        in_vm_module = _is_view_model_module(path)
        if not spans or not (in_vm_module or any(n.endswith("Model") for n in spans)):
            continue
        module = importlib.import_module(_module_name(path))
        for name, (first, last) in spans.items():
            cls = getattr(module, name, None)
            if not (inspect.isclass(cls) and issubclass(cls, QObject)):
                continue
            if in_vm_module or name.endswith("Model"):
                found.append((f"{_module_name(path)}:{name}", cls, last - first + 1))
    return found


def own_properties(cls: type[QObject]) -> list[tuple[str, str, bool]]:
    """(property, its notify signal's name or "", constant) for the Qt properties the class itself declares."""
    meta = cls.staticMetaObject  # type: ignore[attr-defined]  # there at run time; PySide6's stubs leave it out
    out = []
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(i)
        notify = bytes(prop.notifySignal().name().data()).decode() if prop.hasNotifySignal() else ""
        out.append((prop.name(), notify, prop.isConstant()))
    return out


CLASSES = view_model_classes()


def test_the_view_models_are_found() -> None:
    names = {n.split(":")[1] for n, _, _ in CLASSES}
    assert {"WhatsOnViewModel", "WallComposeViewModel", "ListingEditorViewModel", "ListingsStaffViewModel",
            "ShellViewModel", "ListingPreviewModel", "ChoiceListModel"} <= names


@pytest.mark.parametrize("name,cls,lines", CLASSES, ids=[n for n, _, _ in CLASSES])
def test_a_view_model_fits_in_300_lines(name: str, cls: type[QObject], lines: int) -> None:
    assert lines <= MAX_LINES, f"{name} is {lines} lines long; split it by job (at most {MAX_LINES})"


@pytest.mark.parametrize("name,cls,lines", CLASSES, ids=[n for n, _, _ in CLASSES])
def test_each_property_has_its_own_notify_signal(name: str, cls: type[QObject], lines: int) -> None:
    props = own_properties(cls)
    shared = {signal: [p for p, s, _ in props if s == signal]
              for signal, n in Counter(s for _, s, _ in props if s).items() if n > 1}
    assert not shared, f"{name}: one signal announces several properties: {shared}"
    silent = [p for p, s, constant in props if not s and not constant]
    assert not silent, f"{name}: properties with neither a notify signal nor constant=True: {silent}"


def test_the_check_catches_a_shared_signal_and_a_long_class() -> None:
    """The checks above can fail: a class sharing one signal between two properties is caught."""
    from PySide6.QtCore import Property, Signal

    class Shared(QObject):
        changed = Signal()

        @Property(str, notify=changed)
        def a(self) -> str:
            return ""

        @Property(str, notify=changed)
        def b(self) -> str:
            return ""

        @Property(str)
        def c(self) -> str:
            return ""

    props = own_properties(Shared)
    assert [s for _, s, _ in props] == ["changed", "changed", ""]
    assert not props[2][2]  # neither notify nor constant: the second check names it
    source = "class Long(QObject):\n" + "    x = 1\n" * MAX_LINES
    spans = {n.name: (n.lineno, n.end_lineno) for n in ast.parse(source).body if isinstance(n, ast.ClassDef)}
    first, last = spans["Long"]
    assert (last or 0) - first + 1 > MAX_LINES

"""Reading a view model's Qt properties from a test, typed and checked. GUI thread (the objects' own).

PySide6's stubs declare `Property` without the descriptor protocol, so mypy types `model.filter` as
`Property`, not the `WhatsOnFilter` its getter returns, and `model.filter.tab` does not type-check. `prop`
reads the property the way QML does (through the meta-object, so it must be a registered Qt property) and
checks the value is of the expected class before handing it over with that type:

    detail = prop(model, "detail", ListingDetail)
    assert prop(detail, "qrContent", str).startswith("Quiz night")
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T")


def prop(obj: QObject, name: str, kind: type[T]) -> T:
    """The Qt property `name` of `obj`, which must be a `kind` (a typo'd name reads as None and fails here)."""
    value = obj.property(name)
    assert isinstance(value, kind), f"{type(obj).__name__}.{name} is {value!r}, not a {kind.__name__}"
    return value


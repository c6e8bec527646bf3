"""Lets Python's garbage collector free PySide6 `Property` objects, so a test run ends with no "uncollectable
objects at shutdown". Test setup (tests/conftest.py calls it once, on the main thread, before any test).

The cause, measured with PySide6 6.11.3 on CPython 3.11: PySide6 creates its `QtCore.Property` type (and
`QtQml.ListProperty`) with the slot `Py_tp_del` set to `PyObject_GC_Del` — presumably meant as the freeing
slot (`tp_free`), it reads to CPython as a legacy, pre-PEP 442 finalizer. The cyclic collector never frees an
unreachable object that has one: it puts it in `gc.garbage` and keeps it, and all it refers to, alive.
Every class is in a reference cycle with itself (its `__mro__` holds it), so when the interpreter shuts down
and empties the modules, each QObject subclass is freed by the collector, and every Property on it (with its
getter and the getter's module globals) is left in `gc.garbage`: "gc: N uncollectable objects at shutdown",
N being the Properties of every view-model class imported. Creating a QCoreApplication or not changes
nothing. A run that builds QML kiosks has the same garbage; whether CPython *prints* the warning depends on
the warnings filter list its C code last saw (`warnings.catch_warnings` + `simplefilter("always")` while a
photo is cleaned leaves it showing), which is why it seemed to come and go.

The fix clears that one slot, and only when it holds exactly `PyObject_GC_Del` (so it does nothing once PySide
fixes its type, on a Python whose type layout differs, or on another interpreter). Properties then die like
any other object; nothing else about them changes (their real destructor is `tp_dealloc`).
"""

from __future__ import annotations

import ctypes
import sys

# Pointer-sized fields of PyTypeObject before `tp_del`: the same since CPython 3.8 (fields are only added at its
# end); `tp_flags`, an unsigned long, is padded to a pointer where it is narrower.
_TP_DEL_FIELD = 47
_BROKEN = ("PySide6.QtCore", "Property"), ("PySide6.QtQml", "ListProperty")


def _tp_del(cls: type) -> ctypes.c_void_p:
    return ctypes.c_void_p.from_address(id(cls) + _TP_DEL_FIELD * ctypes.sizeof(ctypes.c_void_p))


def make_qt_properties_collectable() -> list[str]:
    """Clears PySide6's mistaken legacy finalizer on its property types; returns the types it fixed."""
    if sys.implementation.name != "cpython":
        return []
    gc_del = ctypes.cast(ctypes.pythonapi.PyObject_GC_Del, ctypes.c_void_p).value
    fixed = []
    for module_name, type_name in _BROKEN:
        module = __import__(module_name, fromlist=[type_name])
        slot = _tp_del(getattr(module, type_name))
        if gc_del is not None and slot.value == gc_del:
            slot.value = None
            fixed.append(f"{module_name}.{type_name}")
    return fixed

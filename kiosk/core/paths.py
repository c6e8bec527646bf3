"""Where bundled files live: the source tree's assets/ and config/, or their copies inside a wheel.

Thread: any.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent  # kiosk/core


def _first(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[0]


def assets_dir() -> Path:
    return _first(_PKG.parent.parent / "assets", _PKG.parent / "_data" / "assets")


def default_config_file() -> Path:
    return _first(_PKG.parent.parent / "config" / "default.toml", _PKG.parent / "_data" / "config" / "default.toml")


def qml_dir() -> Path:
    """The shared QML module `Kiosk` (theme, window, home, shared components) lives under here."""
    return _PKG.parent / "shell" / "qml"


def package_qml(module_file: str, name: str) -> str:
    """The file URL of a feature's QML screen, next to the feature's modules: `package_qml(__file__, "X.qml")`
    looks in `<feature>/qml/X.qml`. Screens are loaded by URL on first use."""
    from urllib.parse import quote

    return f"{_qml_folder_url(os.path.dirname(module_file))}/{quote(name)}"


@functools.cache
def _qml_folder_url(package_dir: str) -> str:
    """`<package_dir>/qml` as a file URL, its links resolved: once per feature (the features register 23 screens
    before the first frame; resolving each path cost 0.5 ms of it)."""
    from urllib.parse import quote

    return "file://" + quote(str(Path(package_dir).resolve() / "qml"))


def qml_files() -> list[Path]:
    """Every QML file of the kiosk: the shared module and each feature's screens."""
    return sorted(p for p in _PKG.parent.rglob("*.qml"))

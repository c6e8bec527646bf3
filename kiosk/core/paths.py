"""Where bundled files live: the source tree's assets/ and config/, or their copies inside a wheel.

Thread: any.
"""

from __future__ import annotations

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

    path = Path(module_file).resolve().parent / "qml" / name
    return "file://" + quote(str(path))


def qml_files() -> list[Path]:
    """Every QML file of the kiosk: the shared module and each feature's screens."""
    return sorted(p for p in _PKG.parent.rglob("*.qml"))

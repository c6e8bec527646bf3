"""Where bundled files live: the source tree's assets/ and config/, or their copies inside a wheel.

Thread: any.
"""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _first(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[0]


def assets_dir() -> Path:
    return _first(_PKG.parent / "assets", _PKG / "_data" / "assets")


def default_config_file() -> Path:
    return _first(_PKG.parent / "config" / "default.toml", _PKG / "_data" / "config" / "default.toml")


def qml_dir() -> Path:
    return _PKG / "ui" / "qml"

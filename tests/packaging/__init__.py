"""Tests of packaging/: the Debian package, its systemd unit, the release helper and the cage session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_release_module() -> ModuleType:
    """packaging/kiosk_release.py (installed as /usr/lib/kindness-kiosk/kiosk-release; not part of kiosk/)."""
    spec = importlib.util.spec_from_file_location("kiosk_release", PACKAGING / "kiosk_release.py")
    assert spec is not None and spec.loader is not None
    if "kiosk_release" in sys.modules:
        return sys.modules["kiosk_release"]
    module = importlib.util.module_from_spec(spec)
    sys.modules["kiosk_release"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module

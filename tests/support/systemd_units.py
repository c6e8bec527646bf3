"""`systemd-analyze verify` for the package's units, shared by the packaging, retention and alerts tests: each unit
is copied into a temporary folder with the kiosk command pointed at a stand-in that exits 0 (the venv's `kiosk`
exists only once postinst has made it), any other paths moved as the caller says, and a template unit verified as
one of its instances. Skips when systemd-analyze is not installed. Thread: the test's."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "packaging" / "systemd"
KIOSK = "/opt/kindness-kiosk/current/bin/kiosk"


def verify(units: Iterable[Path], tmp_path: Path, *, moved: Mapping[str, str] | None = None) -> None:
    """Verifies `units` together; asserts systemd-analyze exits 0 and prints nothing."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed (packaging/system-deps.sh installs systemd)")
    stand_in = tmp_path / "kiosk"
    stand_in.write_text("#!/bin/sh\nexit 0\n")
    stand_in.chmod(0o755)
    copies = []
    for unit in units:
        text = unit.read_text(encoding="utf-8")
        for old, new in {**(moved or {}), KIOSK: str(stand_in)}.items():
            text = text.replace(old, new)
        copy = tmp_path / unit.name.replace("@.", "@leisure.")  # a template is verified as one of its instances
        copy.write_text(text, encoding="utf-8")
        copies.append(str(copy))
    done = subprocess.run([analyze, "verify", *copies], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr

"""The central retention job's systemd units (packaging/systemd/kindness-kiosk-purge.{service,timer}) pass
`systemd-analyze verify` (the kiosk command pointed at a stand-in), and the service runs exactly
`kiosk central purge` as a oneshot, nightly, catching up on a missed night."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "packaging" / "systemd"
KIOSK = "/opt/kindness-kiosk/current/bin/kiosk"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string((UNITS / name).read_text(encoding="utf-8"))
    return parser


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed (packaging/system-deps.sh installs systemd)")
    stand_in = tmp_path / "kiosk"
    stand_in.write_text("#!/bin/sh\nexit 0\n")
    stand_in.chmod(0o755)
    for name in ("kindness-kiosk-purge.service", "kindness-kiosk-purge.timer"):
        (tmp_path / name).write_text((UNITS / name).read_text().replace(KIOSK, str(stand_in)))
    done = subprocess.run([analyze, "verify", str(tmp_path / "kindness-kiosk-purge.timer"),
                           str(tmp_path / "kindness-kiosk-purge.service")], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr


def test_the_units_say_what_they_do() -> None:
    service, timer = _unit("kindness-kiosk-purge.service"), _unit("kindness-kiosk-purge.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["ExecStart"].startswith(f"{KIOSK} central purge --url ")
    assert "--password-file" in service["Service"]["ExecStart"]  # never a password on the command line
    assert service["Service"]["UMask"] == "0077"
    assert timer["Timer"]["OnCalendar"] == "*-*-* 02:15:00" and timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"

"""The central retention job's systemd units (packaging/systemd/kindness-kiosk-purge.{service,timer}) pass
`systemd-analyze verify` (the kiosk command pointed at a stand-in), and the service runs exactly
`kiosk central purge` as a oneshot, nightly, catching up on a missed night."""

from __future__ import annotations

import configparser
from pathlib import Path

from tests.support.systemd_units import KIOSK, UNITS, verify


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string((UNITS / name).read_text(encoding="utf-8"))
    return parser


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    verify([UNITS / "kindness-kiosk-purge.timer", UNITS / "kindness-kiosk-purge.service"], tmp_path)


def test_the_units_say_what_they_do() -> None:
    service, timer = _unit("kindness-kiosk-purge.service"), _unit("kindness-kiosk-purge.timer")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["ExecStart"].startswith(f"{KIOSK} central purge --url ")
    assert "--password-file" in service["Service"]["ExecStart"]  # never a password on the command line
    assert service["Service"]["UMask"] == "0077"
    assert timer["Timer"]["OnCalendar"] == "*-*-* 02:15:00" and timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"

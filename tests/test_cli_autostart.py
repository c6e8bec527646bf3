"""`kiosk run`, the kiosk's autostart, is read without argparse (kiosk.cli._autostart_args) — to exactly what argparse
reads — and everything else still goes to argparse, with its usual help and messages."""

from __future__ import annotations

import pytest

from kiosk.cli import _autostart_args, _base

AUTOSTARTS = [
    ["run"], ["run", "--windowed"], ["run", "--size", "540x960"], ["run", "--windowed", "--size", "540x960"],
    ["run", "--size", "540x960", "--windowed"], ["--config", "kiosk.toml", "run"],
    ["--config=kiosk.toml", "run", "--windowed"], ["run", "--windowed", "--windowed"],
    ["run", "--size", "540x960", "--size", "600x1000"], ["--config", "ünïcode ملف.toml", "run"],
]


@pytest.mark.parametrize("argv", AUTOSTARTS, ids=" ".join)
def test_the_autostart_is_read_as_argparse_reads_it(argv: list[str]) -> None:
    fast = _autostart_args(argv)
    assert fast is not None and vars(fast) == vars(_base()[0].parse_args(argv))


@pytest.mark.parametrize("argv", [
    [], ["demo"], ["run", "--help"], ["run", "-h"], ["run", "--size"], ["run", "--size", "10x10"],
    ["run", "--size", "huge"], ["run", "--size=540x960"], ["run", "--windowd"], ["run", "--config", "kiosk.toml"],
    ["--config"], ["--config", "kiosk.toml"], ["export", "--out", "-"], ["run", "extra"], ["--version"],
    ["run", "--size", "--windowed"], ["--config", "--windowed", "run"], ["--config", "-", "run"],
], ids=lambda argv: " ".join(argv) or "(nothing)")
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert _autostart_args(argv) is None


def test_a_bad_size_still_gets_argparses_words(capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["run", "--size", "10x10"])
    assert exit_.value.code == 2
    assert "'10x10': width and height must be 200-8000 pixels" in capsys.readouterr().err

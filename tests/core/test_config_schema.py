"""One declarative entry per key: typed attributes, words made from the bounds, and no traceback for any bad file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.core import config as settings
from kiosk.core.config import Config
from kiosk.core.config_schema import LONGEST_SHOWN, Setting
from kiosk.core.errors import ConfigError
from tests.helpers import REPO, child_env


def test_every_key_is_one_entry_with_its_own_attribute() -> None:
    declared = [v for v in vars(Config).values() if isinstance(v, Setting)]
    assert list(settings.SCHEMA) == declared
    assert len({k.name for k in declared}) == len(declared) == len({k.attr for k in declared})
    assert all(re.fullmatch(r"[a-z]+\.[a-z_]+", k.name) for k in declared)
    assert {f.name for f in dataclasses.fields(Config)} == {"values", "source"}  # the keys are not fields
    assert Config.idle_timeout_seconds is settings._BY_NAME["screen.idle_timeout_seconds"]


def test_config_made_from_nothing_is_the_defaults() -> None:
    c = Config()
    assert c == settings.load(env={})
    assert dict(c.values) == {k.name: k.default for k in settings.SCHEMA}
    assert hash(c) == hash(settings.load(env={}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.site_name = "changed"


def test_config_never_holds_an_unchecked_value() -> None:
    with pytest.raises(ConfigError) as info:
        Config({"screen.thanks_seconds": 0, "site.colour": "blue"})
    assert [p.split(" ")[0].rstrip(":") for p in info.value.problems] == ["screen.thanks_seconds", "site.colour"]


_TYPES = {str: "str", float: "float", int: "int", bool: "bool", tuple: "tuple[str, ...]"}


@pytest.mark.slow
def test_mypy_knows_every_attributes_type(tmp_path: Path) -> None:
    defaults = Config()
    expected = {}
    for key in settings.SCHEMA:
        value = getattr(defaults, key.attr)
        expected[key.attr] = "pathlib.Path" if isinstance(value, Path) else _TYPES[type(value)]
    probe = tmp_path / "probe.py"
    probe.write_text("from kiosk.core.config import Config\nc = Config()\n"
                     + "".join(f"reveal_type(c.{attr})\n" for attr in expected)
                     + "reveal_type(c.language)\nreveal_type(c.database_path)\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--follow-imports=silent",
                           "--cache-dir", str(tmp_path / "cache"), str(probe)], cwd=REPO, env=child_env(),
                          capture_output=True, text=True, timeout=300, check=False)
    revealed = [t.replace("builtins.", "") for t in re.findall(r'Revealed type is "([^"]+)"', proc.stdout)]
    assert revealed == [*expected.values(), "str", "pathlib.Path"], proc.stdout + proc.stderr


def _range_keys() -> list[tuple[Setting[Any], float, float]]:
    found = []
    for key in settings.SCHEMA:
        m = re.fullmatch(r"a (?:whole )?number from (\S+) to (\S+)", key.allowed)
        if m:
            found.append((key, float(m[1]), float(m[2])))
    return found


@pytest.mark.parametrize(("key", "low", "high"), _range_keys(), ids=lambda v: getattr(v, "name", ""))
def test_the_allowed_words_are_the_bounds_that_are_checked(key: Setting[Any], low: float, high: float) -> None:
    whole = key.toml_type is int
    edge = (lambda x: int(x)) if whole else float
    for good in (low, high):
        assert settings.validate({key.name: edge(good)})[1] == []
    step = 1 if whole else 0.001
    for bad in (low - step, high + step):
        _, problems = settings.validate({key.name: edge(bad)})
        assert problems == [f"{key.name} = {edge(bad)!r}: must be from {low:g} to {high:g}"]


def test_range_keys_are_found() -> None:
    assert len(_range_keys()) == 30  # results: min_count, staff_min_count, alert_*; central: 2; staff: 2; screen: 3;
    # retention: 5; device: 2


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("wall.policy", "off", "wall.policy = 'off': must be 'pre' or 'auto' (a wall without moderation is not offered)"),
    ("wall.policy", "Pre", "must be 'pre' or 'auto'"),
    ("checkin.answers", ["yes", "no", "no"], "checkin.answers = ['yes', 'no', 'no']: 'no' is listed twice"),
    ("checkin.answers", ["no"], "checkin.answers = ['no']: at least two answers are needed"),
    ("checkin.answers", [], "checkin.answers = []: at least two answers are needed"),
    ("checkin.answers", "yes", "must be a list in [ ] (two or three of yes, not_sure, no)"),
    ("kiosk.id", "kiosk-1\n", "kiosk.id = 'kiosk-1\\n': must be 1-63 letters, digits, '-', '_' or '.', starting"),
    ("site.id", "x" * 64, "must be 1-63 letters"),
    ("kiosk.languages", ["en\n"], "has codes that are not language codes like 'en' or 'gd': ['en\\n']"),
    ("site.name", "   ", "site.name = '   ': must be 1-120 characters"),
    ("sync.batch_size", 5000.0, "sync.batch_size = 5000.0: must be a whole number (a whole number from 1 to 10000)"),
    ("sync.central_url", "postgresql://kiosk:s3cret@db/kindness",
     "sync.central_url = 'postgresql://kiosk:***@db/kindness': must not contain a password"),
])
def test_problems_are_made_from_the_choices_and_rules(name: str, value: Any, expected: str) -> None:
    _, problems = settings.validate({name: value})
    assert len(problems) == 1 and expected in problems[0], problems
    assert "s3cret" not in problems[0]


def test_the_answers_keep_their_order_and_choices() -> None:
    good, problems = settings.validate({"checkin.answers": ["not_sure", "yes"]})
    assert problems == [] and Config(good).answers == ("not_sure", "yes")
    assert Config.answers.allowed == "two or three of yes, not_sure, no"


_EMOJI = "😀👍🏽🏳️‍🌈"
_NASTY: list[Any] = [
    _EMOJI, "x" * 5000, "", " ", "\n", "\x00", "../../etc/passwd", "Mars/Base", 10**400, -(10**400), float("inf"),
    float("nan"), -1, 0, True, [], [_EMOJI], ["x" * 5000], [[]], [1, "yes"], {}, {"a": 1},
    dt.date(2026, 11, 25), dt.datetime(2026, 11, 25, 10, 0), dt.time(10, 0),
]


@pytest.mark.parametrize("key", settings.SCHEMA, ids=lambda k: k.name)
def test_no_value_of_any_type_makes_a_traceback(key: Setting[Any]) -> None:
    for value in _NASTY:
        good, problems = settings.validate({key.name: value})
        if problems:
            assert len(problems) == 1 and problems[0].startswith(f"{key.name} = "), problems
            assert re.search(r"\S: \S", problems[0]), f"{key.name}: no reason given: {problems[0]}"
            assert len(problems[0]) < 2 * LONGEST_SHOWN + 300, f"{key.name}: message not cut: {problems[0]}"
        else:
            assert getattr(Config(good), key.attr) is not None  # a value that passes also converts


def _load_text(tmp_path: Path, text: str) -> ConfigError:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        settings.load(path, env={})
    return info.value


def test_a_five_thousand_character_value_is_named_but_cut(tmp_path: Path) -> None:
    err = _load_text(tmp_path, f'[site]\nname = "{"é" * 5000}"\ntimezone = "{"x" * 5000}"\n')
    name, zone = err.problems
    assert name.startswith("site.name = 'éééé") and "(5002 characters)" in name
    assert name.endswith(": must be 1-120 characters")
    assert zone.endswith("is not a known time zone (use an IANA name such as Europe/London)")
    assert max(len(p) for p in err.problems) < 200


def test_a_number_too_big_for_a_float_is_out_of_range(tmp_path: Path) -> None:
    err = _load_text(tmp_path, f"[screen]\nidle_timeout_seconds = 1{'0' * 400}\n")
    assert err.problems[0].startswith("screen.idle_timeout_seconds = 1000")
    assert err.problems[0].endswith("(401 characters): must be from 5 to 600")


def test_unknown_sections_and_emoji_keys_are_reported(tmp_path: Path) -> None:
    err = _load_text(tmp_path, f'[colour]\n[site]\n[scren]\nidle_timeout_seconds = 45\n["{_EMOJI}"]\n"{_EMOJI}" = 1\n'
                               '[[staff]]\nlockout_seconds = 60\n[site.extra]\n')
    assert [re.split("[: ]", p)[0] for p in err.problems] == [
        "colour", "site.extra", "scren.idle_timeout_seconds", f"{_EMOJI}.{_EMOJI}", "staff"]
    assert err.problems[0].startswith("colour: unknown section. Known keys: ")
    assert err.problems[1].startswith("site.extra: unknown section.")
    assert "Did you mean 'screen.idle_timeout_seconds'?" in err.problems[2]
    assert err.problems[4] == "staff = [{'lockout_seconds': 60}]: must be a [staff] section of keys"


def test_an_empty_known_section_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[site]\n[wall]\n", encoding="utf-8")
    assert settings.load(path, env={}).values == Config().values


@pytest.mark.parametrize("text", ["x = " + "[" * 5000 + "]" * 5000, "x = " + "{a=" * 3000 + "1" + "}" * 3000],
                         ids=["deep-lists", "deep-tables"])
def test_a_file_nested_too_deeply_is_a_config_error(tmp_path: Path, text: str) -> None:
    err = _load_text(tmp_path, text)
    assert err.problems == ["the file nests lists or tables too deeply to read"]


def test_a_folder_instead_of_a_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        settings.load(tmp_path, env={})

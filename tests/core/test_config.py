"""The configuration schema, its documented default file, overrides and the error messages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kiosk.core import config as settings
from kiosk.core import paths
from kiosk.core.errors import ConfigError
from tests.helpers import REPO, child_env, run_kiosk


def _write(tmp_path: Path, text: str, name: str = "kiosk.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _problems(tmp_path: Path, text: str) -> ConfigError:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        settings.load(path, env={})
    return info.value


def test_defaults_load() -> None:
    c = settings.load(env={})
    assert c.source == "defaults"
    assert c.site_name == "Riverside Customer Service Centre"
    assert (c.site_id, c.timezone, c.kiosk_id) == ("riverside", "Europe/London", "kiosk-1")
    assert c.languages == ("en",) and c.language == "en"
    assert c.data_dir == settings.default_data_dir()
    assert c.database_path == c.data_dir / "kiosk.sqlite3"
    assert (c.idle_timeout_seconds, c.thanks_seconds, c.repeat_guard_seconds) == (45.0, 6.0, 4.0)
    assert c.answers == ("yes", "not_sure", "no")  # the check-in feature makes its Answer enum of these
    assert c.ask_followup is True


def test_every_schema_default_passes_its_own_check() -> None:
    good, problems = settings.validate({k.name: k.default for k in settings.SCHEMA})
    assert problems == []
    assert set(good) == {k.name for k in settings.SCHEMA}
    assert all(k.description and k.allowed for k in settings.SCHEMA)


def test_documented_default_file_is_generated_from_the_schema() -> None:
    documented = REPO / "config" / "default.toml"
    assert paths.default_config_file() == documented
    assert documented.read_text(encoding="utf-8") == settings.render_default_toml(), (
        "config/default.toml drifted from the schema: regenerate it with `make config-docs`"
    )


def test_the_documented_default_file_loads_as_the_defaults() -> None:
    from_file = settings.load(paths.default_config_file(), env={})
    assert from_file.source == str(paths.default_config_file())
    assert dataclasses.replace(from_file, source="defaults") == settings.load(env={})


def test_the_rendered_defaults_document_every_key() -> None:
    text = settings.render_default_toml()
    for key in settings.SCHEMA:
        section, name = key.name.split(".", 1)
        assert f"[{section}]" in text
        assert f"\n{name} = " in text
        assert key.description in text


def test_a_user_file_overrides_only_what_it_sets(tmp_path: Path) -> None:
    path = _write(tmp_path, '[site]\nname = "  Library  "\ntimezone = "America/New_York"\n'
                            '[screen]\nidle_timeout_seconds = 30\n[checkin]\nanswers = ["no", "yes"]\n'
                            'ask_followup = false\n')
    c = settings.load(path, env={})
    assert c.source == str(path)
    assert c.site_name == "Library"  # surrounding spaces are dropped
    assert c.timezone == "America/New_York"
    assert c.idle_timeout_seconds == 30.0 and isinstance(c.idle_timeout_seconds, float)
    assert c.answers == ("no", "yes")
    assert c.ask_followup is False
    assert (c.site_id, c.thanks_seconds, c.languages) == ("riverside", 6.0, ("en",))  # untouched defaults


def test_kiosk_config_env_names_the_user_file(tmp_path: Path) -> None:
    path = _write(tmp_path, '[kiosk]\nid = "front-desk"\n')
    c = settings.load(env={"KIOSK_CONFIG": str(path)})
    assert c.kiosk_id == "front-desk"
    assert c.source == str(path)


def test_an_explicit_path_wins_over_kiosk_config(tmp_path: Path) -> None:
    env_file = _write(tmp_path, '[kiosk]\nid = "from-env"\n', "env.toml")
    arg_file = _write(tmp_path, '[kiosk]\nid = "from-arg"\n', "arg.toml")
    assert settings.load(arg_file, env={"KIOSK_CONFIG": str(env_file)}).kiosk_id == "from-arg"


def test_kiosk_data_dir_overrides_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, f'[kiosk]\ndata_dir = "{(tmp_path / "from-file").as_posix()}"\n')
    assert settings.load(path, env={}).data_dir == tmp_path / "from-file"
    c = settings.load(path, env={"KIOSK_DATA_DIR": str(tmp_path / "from-env")})
    assert c.data_dir == tmp_path / "from-env"
    assert c.database_path == tmp_path / "from-env" / "kiosk.sqlite3"


def test_loading_creates_nothing(tmp_path: Path) -> None:
    settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        pytest.param('[site]\ntimezon = "Europe/London"\n',
                     ["site.timezon: unknown key.", "Did you mean 'site.timezone'?", "Known keys:",
                      "site.timezone"], id="misspelt-key"),
        pytest.param('[kiosk]\ntimezone = "Europe/London"\n',
                     ["kiosk.timezone: unknown key.", "Did you mean 'site.timezone'?"],
                     id="key-in-wrong-section"),
        pytest.param('[screen]\nidle_timeout_seconds = "45"\n',
                     ["screen.idle_timeout_seconds = '45'", "must be a number", "a number from 5 to 600"],
                     id="string-for-number"),
        pytest.param('[screen]\nidle_timeout_seconds = true\n',
                     ["screen.idle_timeout_seconds = True", "must be a number", "a number from 5 to 600"],
                     id="bool-for-number"),
        pytest.param('[screen]\nidle_timeout_seconds = 2\n',
                     ["screen.idle_timeout_seconds = 2.0", "must be from 5 to 600"], id="idle-too-short"),
        pytest.param('[screen]\nidle_timeout_seconds = 601\n',
                     ["screen.idle_timeout_seconds = 601.0", "must be from 5 to 600"], id="idle-too-long"),
        pytest.param('[screen]\nidle_timeout_seconds = nan\n',
                     ["screen.idle_timeout_seconds = nan", "must be from 5 to 600"], id="idle-nan"),
        pytest.param('[site]\ntimezone = "Mars/Base"\n',
                     ["site.timezone = 'Mars/Base'", "is not a known time zone", "Europe/London"],
                     id="bad-timezone"),
        pytest.param('[site]\ntimezone = "../etc/passwd"\n',
                     ["site.timezone = '../etc/passwd'", "is not a known time zone"], id="timezone-path"),
        pytest.param('[checkin]\nanswers = ["yes", "maybe"]\n',
                     ["checkin.answers = ['yes', 'maybe']", "'maybe' is not an answer",
                      "allowed: yes, not_sure, no"], id="unknown-answer"),
        pytest.param('[checkin]\nanswers = ["yes"]\n',
                     ["checkin.answers = ['yes']", "at least two answers"], id="one-answer"),
        pytest.param('[checkin]\nanswers = ["yes", "yes"]\n',
                     ["checkin.answers = ['yes', 'yes']", "listed twice"], id="duplicate-answer"),
        pytest.param('[checkin]\nanswers = [1, 2]\n',
                     ["checkin.answers = [1, 2]", "must be a list of words"], id="answers-not-words"),
        pytest.param('[checkin]\nanswers = "yes"\n',
                     ["checkin.answers = 'yes'", "must be a list in [ ]",
                      "two or three of yes, not_sure, no"],
                     id="answers-not-a-list"),
        pytest.param('[kiosk]\nlanguages = ["english"]\n',
                     ["kiosk.languages = ['english']", "not language codes like 'en' or 'gd'", "['english']"],
                     id="bad-language"),
        pytest.param('[kiosk]\nlanguages = []\n',
                     ["kiosk.languages = []", "at least one language"], id="no-language"),
        pytest.param('[kiosk]\nid = "front desk"\n',
                     ["kiosk.id = 'front desk'", "must be 1-63 letters, digits"], id="bad-kiosk-id"),
        pytest.param('[checkin]\nask_followup = "yes"\n',
                     ["checkin.ask_followup = 'yes'", "must be true or false"], id="string-for-bool"),
    ],
)
def test_a_bad_value_names_the_key_the_value_and_what_is_allowed(tmp_path: Path, toml: str,
                                                                 expected: list[str]) -> None:
    err = _problems(tmp_path, toml)
    assert len(err.problems) == 1, err.problems
    assert err.source == str(tmp_path / "kiosk.toml")
    message = str(err)
    assert f"in {tmp_path / 'kiosk.toml'} has 1 problem(s)" in message
    for fragment in expected:
        assert fragment in err.problems[0], (fragment, err.problems[0])
    assert err.problems[0] in message


def test_an_unrelated_unknown_key_gets_no_guess(tmp_path: Path) -> None:
    err = _problems(tmp_path, '[site]\ncolour = "blue"\n')
    assert err.problems[0].startswith("site.colour: unknown key. Known keys: ")
    assert "Did you mean" not in err.problems[0]


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    err = _problems(tmp_path, "[site\nname = \n")
    assert len(err.problems) == 1
    assert "is not valid TOML" in err.problems[0]
    assert "line 1" in err.problems[0]  # tomllib says where
    assert str(tmp_path / "kiosk.toml") in str(err)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        settings.load(missing, env={})
    assert info.value.problems == [f"the file {missing} does not exist"]


def test_a_missing_file_named_by_kiosk_config_is_a_config_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="does not exist"):
        settings.load(env={"KIOSK_CONFIG": str(missing)})


def test_a_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[site]\nname = "Caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match=r"cannot be read|not valid TOML"):
        settings.load(path, env={})


def test_every_problem_is_reported_together(tmp_path: Path) -> None:
    err = _problems(tmp_path, '[site]\ntimezon = "Europe/London"\ntimezone = "Mars/Base"\n'
                              '[kiosk]\nlanguages = ["english"]\n'
                              '[screen]\nidle_timeout_seconds = "abc"\nthanks_seconds = 1\n'
                              '[checkin]\nanswers = ["yes", "maybe"]\nrepeat_guard_seconds = 4\n')
    keys = [p.split(" ")[0].rstrip(":") for p in err.problems]
    assert keys == ["site.timezon", "site.timezone", "kiosk.languages", "screen.idle_timeout_seconds",
                    "screen.thanks_seconds", "checkin.answers"]
    assert "has 6 problem(s)" in str(err)
    assert str(err).count("\n  - ") == 6


def test_bad_overrides_are_reported_like_file_values() -> None:
    with pytest.raises(ConfigError) as info:
        settings.load(env={}, overrides={"screen.thanks_seconds": 0})
    assert info.value.problems == ["screen.thanks_seconds = 0.0: must be from 2 to 60"]


@pytest.mark.slow
def test_the_cli_reports_a_bad_config_without_a_traceback(tmp_path: Path) -> None:
    _write(tmp_path, '[site]\ntimezone = "Mars/Base"\n[screen]\nidle_timeout_seconds = "abc"\n', "bad.toml")
    proc = run_kiosk(["--config", "bad.toml", "export", "--out", "x.csv"], cwd=tmp_path,
                     env=child_env(KIOSK_DATA_DIR=str(tmp_path / "data")))
    stderr = proc.stderr.decode()
    assert proc.returncode == 2, stderr
    assert stderr.startswith("kiosk: The kiosk configuration in bad.toml has 2 problem(s):\n")
    assert "site.timezone = 'Mars/Base': is not a known time zone" in stderr
    assert "screen.idle_timeout_seconds = 'abc': must be a number (a number from 5 to 600)" in stderr
    assert "Traceback" not in stderr
    assert proc.stdout == b""
    assert not (tmp_path / "x.csv").exists()
    assert not (tmp_path / "data").exists()


@pytest.mark.slow
def test_the_cli_prints_the_documented_defaults(tmp_path: Path) -> None:
    proc = run_kiosk(["config", "--defaults"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == settings.render_default_toml()


@pytest.mark.slow
def test_the_cli_config_check_shows_the_settings_in_use(tmp_path: Path) -> None:
    _write(tmp_path, '[kiosk]\nid = "front-desk"\n', "mine.toml")
    proc = run_kiosk(["config"], cwd=tmp_path,
                     env=child_env(KIOSK_CONFIG="mine.toml", KIOSK_DATA_DIR=str(tmp_path / "d")))
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "kiosk_id = front-desk\n" in out
    assert f"data_dir = {tmp_path / 'd'}\n" in out
    assert "source = mine.toml\n" in out
